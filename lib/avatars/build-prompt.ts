import { bodyTypePhrase, describePerson, hairPhrase } from "./appearance-words";
import { withArticle } from "./english";
import type { AgeRange, Persona, PhotoStyle, VisualAttributes } from "./persona-schemas";

export interface BuildPromptInput {
  prompt: string;
  persona?: Persona;
  attributes?: VisualAttributes;
  /** Free text describing the look, e.g. from a structured-persona model or a reference photo caption. */
  appearanceDescription?: string;
  /** The user's own negative prompt; it goes before the built-in terms. */
  negativePrompt?: string;
}

export interface BuiltPrompt {
  prompt: string;
  negativePrompt: string;
}

const NEGATIVE_TERMS = [
  "blurry",
  "out of focus",
  "lowres",
  "jpeg artifacts",
  "deformed",
  "disfigured",
  "bad anatomy",
  "extra limbs",
  "extra fingers",
  "mutated hands",
  "asymmetric eyes",
  "cartoon",
  "illustration",
  "anime",
  "3d render",
  "painting",
  "watermark",
  "text",
  "logo",
  "signature",
  "oversaturated",
  "plastic skin",
];

const PHOTO_TERMS = ["85mm lens", "sharp focus", "natural skin texture", "detailed eyes", "high resolution"];

const STYLE_TERMS: Record<PhotoStyle, string[]> = {
  photorealistic: ["photorealistic", "RAW photo", "soft studio lighting"],
  editorial: ["editorial magazine photography", "dramatic studio lighting"],
  "corporate headshot": ["professional corporate headshot", "neutral gray backdrop", "business attire", "soft studio lighting"],
  casual: ["casual candid portrait", "natural daylight"],
  lifestyle: ["lifestyle photography", "natural window light", "real-world setting"],
  fashion: ["high-fashion photography", "studio lighting", "stylish outfit"],
  cinematic: ["cinematic film still", "moody cinematic lighting", "shallow depth of field"],
  fitness: ["fitness photography", "athletic wear", "bright natural light"],
};
const DEFAULT_STYLE_TERMS = ["photorealistic", "soft studio lighting"];

const AGE_RANGE_WORDS: Record<AgeRange, string> = {
  "18-24": "aged 18 to 24",
  "25-34": "aged 25 to 34",
  "35-44": "aged 35 to 44",
  "45-54": "aged 45 to 54",
  "55-64": "aged 55 to 64",
  "65+": "aged 65 or older",
};

/** "portrait photo of a 32-year-old East Asian woman" — an exact persona age wins over the age range. */
function describeSubject(persona: Persona | undefined, attributes: VisualAttributes) {
  const age = persona?.age;
  const person = describePerson({ age, ethnicity: attributes.ethnicity, gender: attributes.gender });
  const ageRange = age === undefined && attributes.ageRange ? ` ${AGE_RANGE_WORDS[attributes.ageRange]}` : "";
  return `portrait photo of ${withArticle(person)}${ageRange}`;
}

function describeFeatures(attributes: VisualAttributes) {
  const features: string[] = [];
  if (attributes.bodyType) features.push(bodyTypePhrase(attributes.bodyType));
  const hair = hairPhrase(attributes.hairStyle, attributes.hairColor);
  if (hair) features.push(hair);
  if (attributes.eyeColor) features.push(`${attributes.eyeColor} eyes`);
  if (attributes.skinTone) features.push(`${attributes.skinTone} skin`);
  return features;
}

// Names are left out on purpose: image models tend to paint them as text. A long background would drown
// the visual terms, so only its first sentence (which usually says who the person is) goes in.
function describePersona(persona: Persona | undefined) {
  const parts: string[] = [];
  const traits = persona?.personalityTraits?.map((trait) => trait.trim()).filter(Boolean) ?? [];
  if (traits.length) parts.push(`expression reflecting ${withArticle(traits.join(", "))} personality`);
  const firstSentence = persona?.background?.trim().split(/(?<=[.!?])\s/)[0]?.slice(0, 160).trim();
  if (firstSentence) parts.push(firstSentence);
  return parts;
}

function clean(fragment: string) {
  return fragment.replace(/\s+/g, " ").trim().replace(/[\s,.;]+$/, "");
}

/** Joins fragments with ", ", dropping empties and case-insensitive repeats (a user prompt may already say "85mm lens"). */
function joinFragments(fragments: string[]) {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const fragment of fragments.map(clean)) {
    const key = fragment.toLowerCase();
    if (!fragment || seen.has(key)) continue;
    seen.add(key);
    kept.push(fragment);
  }
  return kept.join(", ");
}

/** The final text-to-image prompt: subject, look, the user's scene, persona, style and photo-realism terms. Pure. */
export function buildPrompt({ prompt, persona, attributes = {}, appearanceDescription, negativePrompt }: BuildPromptInput): BuiltPrompt {
  const styleTerms = attributes.style ? STYLE_TERMS[attributes.style] : DEFAULT_STYLE_TERMS;
  const fragments = [
    describeSubject(persona, attributes),
    ...describeFeatures(attributes),
    // Split on commas so a term the user already wrote ("85mm lens") is not repeated below.
    ...prompt.split(","),
    ...(appearanceDescription ?? "").split(","),
    ...describePersona(persona),
    ...styleTerms,
    ...PHOTO_TERMS,
  ];
  return { prompt: joinFragments(fragments), negativePrompt: joinFragments([...(negativePrompt ?? "").split(","), ...NEGATIVE_TERMS]) };
}

const IDENTITY_LOCK =
  "Same person as in the reference image: same face, same facial features, same skin tone, same eye color, same hairstyle and hair color";

/** Four pose/expression/framing instructions; together they show one identity from different sides. */
export const VARIATION_INSTRUCTIONS = [
  "front-facing head-and-shoulders portrait, relaxed neutral expression, looking straight at the camera",
  "three-quarter view turned slightly to the left, warm natural smile, head-and-shoulders framing",
  "three-quarter view turned slightly to the right, laughing naturally, waist-up framing",
  "close-up portrait with the head tilted slightly, thoughtful expression, looking just past the camera",
] as const;

/** Prompt for variation `index` (wraps modulo 4) of a reference image, keeping the identity fixed. */
export function buildVariationPrompt(base: string, index: number) {
  const count = VARIATION_INSTRUCTIONS.length;
  const instruction = VARIATION_INSTRUCTIONS[((Math.trunc(index) % count) + count) % count];
  return `${IDENTITY_LOCK}. ${instruction}. ${clean(base)}`.trim();
}

/** Prompt for refining a draft (image-to-image): the user's instruction first, then the same person and the rest of the prompt. */
export function buildRefinePrompt(base: string, instruction?: string) {
  const change = clean(instruction ?? "");
  return `${change ? `${change}. ` : ""}${IDENTITY_LOCK}. ${clean(base)}`.trim();
}

/**
 * Prompt for one image holding all four variations as a 2×2 grid (read left to right, top to bottom),
 * so a provider draws them in one call; the grid is cut into quarters afterwards.
 */
export function buildGridPrompt(base: string) {
  const cells = ["top left", "top right", "bottom left", "bottom right"].map((cell, index) => `${cell}: ${VARIATION_INSTRUCTIONS[index]}`);
  return (
    `A 2x2 grid of four photos of the same person, each photo filling exactly one quarter of the image, ` +
    `no borders, gaps, captions or text. ${IDENTITY_LOCK}. ${cells.join("; ")}. ${clean(base)}`
  ).trim();
}

/** Prompt for one training image of the same person in `scene`. */
export function buildTrainingPrompt(base: string, scene: string) {
  const where = clean(scene);
  return `${IDENTITY_LOCK}. ${where ? `Scene: ${where}, ` : ""}candid natural photo. ${clean(base)}`.trim();
}
