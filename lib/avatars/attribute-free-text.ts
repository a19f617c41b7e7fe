import { VISUAL_ATTRIBUTE_OPTIONS, type VisualAttributes } from "./persona-schemas";

/*
 * Free-text look values, as other systems send them ("East-Asian", "business-casual", "light-medium"),
 * mapped to this app's options. A value that names an option (ignoring case, spaces, hyphens and
 * underscores) or one of its common synonyms maps to it; any other value is kept as the caller wrote it
 * and reaches the image prompt as a phrase (`freeTextPhrase`).
 */

export type AttributeField = keyof typeof VISUAL_ATTRIBUTE_OPTIONS;
export const ATTRIBUTE_FIELDS = Object.keys(VISUAL_ATTRIBUTE_OPTIONS) as AttributeField[];

/** Synonyms per field, keyed by the normalized synonym; each value must be one of the field's options. */
const SYNONYMS: { [F in AttributeField]: Record<string, NonNullable<VisualAttributes[F]>> } = {
  gender: { woman: "female", women: "female", f: "female", man: "male", men: "male", m: "male", nonbinary: "non-binary", enby: "non-binary" },
  ageRange: { youngadult: "18-24", senior: "65+", elderly: "65+" },
  ethnicity: {
    eastasian: "east asian",
    chinese: "east asian",
    japanese: "east asian",
    korean: "east asian",
    southasian: "south asian",
    indian: "south asian",
    southeastasian: "southeast asian",
    african: "black",
    africanamerican: "black",
    caucasian: "white",
    european: "white",
    latino: "hispanic",
    latina: "hispanic",
    latinx: "hispanic",
    arab: "middle eastern",
    mixedrace: "mixed",
    multiracial: "mixed",
    biracial: "mixed",
  },
  bodyType: { thin: "slim", slender: "slim", fit: "athletic", sporty: "athletic", plus: "plus-size", muscled: "muscular" },
  hairStyle: { shoulderlength: "shoulder-length", buzzcut: "buzz cut", locs: "dreadlocks", braided: "braids", shaved: "buzz cut" },
  hairColor: { blond: "blonde", grey: "gray", silver: "gray", ginger: "red", darkbrown: "dark brown", lightbrown: "brown" },
  eyeColor: { grey: "gray", darkbrown: "dark brown", lightbrown: "hazel" },
  skinTone: { lightmedium: "medium", pale: "fair", tanned: "tan", deep: "dark", darkbrown: "dark" },
  style: {
    businesscasual: "corporate headshot",
    business: "corporate headshot",
    professional: "corporate headshot",
    headshot: "corporate headshot",
    corporate: "corporate headshot",
    realistic: "photorealistic",
    photo: "photorealistic",
    film: "cinematic",
    sporty: "fitness",
    athletic: "fitness",
  },
};

/** "East-Asian " → "eastasian": lowercase without spaces, hyphens or underscores. */
export function normalizeOptionText(value: string) {
  return value.toLowerCase().replace(/[\s_-]+/g, "");
}

/** The option `value` names in `field` (itself or a synonym), or undefined when it names none. */
export function matchAttributeOption<F extends AttributeField>(field: F, value: string): VisualAttributes[F] | undefined {
  const key = normalizeOptionText(value);
  if (!key) return undefined;
  const options = VISUAL_ATTRIBUTE_OPTIONS[field] as readonly string[];
  const exact = options.find((option) => normalizeOptionText(option) === key);
  return (exact ?? (SYNONYMS[field] as Record<string, string>)[key]) as VisualAttributes[F] | undefined;
}

const SUFFIXES: Record<AttributeField, { suffix: string; unless: RegExp }> = {
  gender: { suffix: "", unless: /$^/ },
  ageRange: { suffix: "", unless: /$^/ },
  ethnicity: { suffix: " ethnicity", unless: /ethnic|descent|heritage/i },
  bodyType: { suffix: " build", unless: /build|figure|body|physique/i },
  hairStyle: { suffix: " hair", unless: /hair|cut|bald|locks/i },
  hairColor: { suffix: " hair", unless: /hair/i },
  eyeColor: { suffix: " eyes", unless: /eye/i },
  skinTone: { suffix: " skin tone", unless: /skin|complexion/i },
  style: { suffix: " style", unless: /style|attire|look|outfit|wear/i },
};

/** How an unmatched value reads in a prompt: "short modern hair", "asian ethnicity", "business-casual style". */
export function freeTextPhrase(field: AttributeField, value: string) {
  const text = value.replace(/\s+/g, " ").trim();
  const { suffix, unless } = SUFFIXES[field];
  return unless.test(text) ? text : `${text}${suffix}`;
}

export interface MappedAttributes {
  /** Values that matched an option. */
  attributes: VisualAttributes;
  /** Values kept as given, as prompt phrases, in field order. */
  phrases: string[];
}

/** Maps each free-text value to its option, or keeps it as a phrase. */
export function mapFreeTextAttributes(values: Partial<Record<AttributeField, string>>): MappedAttributes {
  const attributes: Record<string, string> = {};
  const phrases: string[] = [];
  for (const field of ATTRIBUTE_FIELDS) {
    const value = values[field]?.trim();
    if (!value) continue;
    const option = matchAttributeOption(field, value);
    if (option) attributes[field] = option;
    else phrases.push(freeTextPhrase(field, value));
  }
  return { attributes: attributes as VisualAttributes, phrases };
}
