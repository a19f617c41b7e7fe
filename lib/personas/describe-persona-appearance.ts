import { ETHNICITY_WORDS } from "@/lib/avatars/ethnicity-words";
import type { HairStyle } from "@/lib/avatars/persona-schemas";
import type { PersonaVisualAttributes } from "./persona-generation-schemas";
import type { SeededRandom } from "./create-seeded-random";
import { DISTINCTIVE_FEATURES } from "./data/flavour-lists";
import { withArticle } from "@/lib/avatars/with-article";

const HAIR_PHRASES: Record<HairStyle, (color: string) => string> = {
  short: (c) => `short ${c} hair`,
  "buzz cut": (c) => withArticle(`${c} buzz cut`),
  pixie: (c) => withArticle(`${c} pixie cut`),
  bob: (c) => withArticle(`${c} bob`),
  "shoulder-length": (c) => `shoulder-length ${c} hair`,
  "long straight": (c) => `long straight ${c} hair`,
  "long wavy": (c) => `long wavy ${c} hair`,
  curly: (c) => `curly ${c} hair`,
  afro: (c) => withArticle(`${c} afro`),
  braids: (c) => `${c} braids`,
  dreadlocks: (c) => `${c} dreadlocks`,
  bun: (c) => `${c} hair pulled into a bun`,
  ponytail: (c) => `${c} hair in a ponytail`,
  bald: () => "a clean-shaven head",
};

const BUILD_WORDS: Record<PersonaVisualAttributes["bodyType"], string> = {
  slim: "Slim build",
  athletic: "Athletic build",
  average: "Average build",
  curvy: "Curvy figure",
  muscular: "Muscular build",
  "plus-size": "Fuller figure",
};

/** One or two sentences an image prompt or a person can read; every detail agrees with `attributes`. */
export function describePersonaAppearance(age: number, attributes: PersonaVisualAttributes, clothing: string, random: SeededRandom): string {
  const who = attributes.gender === "female" ? "woman" : attributes.gender === "male" ? "man" : "non-binary person";
  const features = random.sample(
    DISTINCTIVE_FEATURES.filter(
      (f) => (!f.who || f.who === attributes.gender) && (f.minAge ?? 0) <= age && age <= (f.maxAge ?? Number.POSITIVE_INFINITY),
    ),
    random.int(1, 2),
  );
  const hair = HAIR_PHRASES[attributes.hairStyle](attributes.hairColor);
  return (
    `A ${age}-year-old ${ETHNICITY_WORDS[attributes.ethnicity]} ${who} with ${attributes.skinTone} skin, ${hair} and ` +
    `${attributes.eyeColor} eyes. ${BUILD_WORDS[attributes.bodyType]} with ${features.map((f) => f.text).join(" and ")}. ` +
    `Usually wears ${clothing}.`
  );
}
