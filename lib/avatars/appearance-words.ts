import { withArticle } from "./english";
import type { BodyType, Ethnicity, Gender, HairColor, HairStyle } from "./persona-schemas";

/*
 * How a look reads in words. Image prompts (build-prompt.ts) and the persona generator's appearance
 * descriptions (lib/personas/describe-persona-appearance.ts) both say it this way, so a persona's
 * description and its image prompt never disagree.
 */

/** How an ethnicity reads inside a sentence or a prompt ("an East Asian woman"). */
export const ETHNICITY_WORDS: Record<Ethnicity, string> = {
  black: "Black",
  "east asian": "East Asian",
  hispanic: "Hispanic",
  "middle eastern": "Middle Eastern",
  "native american": "Native American",
  "pacific islander": "Pacific Islander",
  "south asian": "South Asian",
  "southeast asian": "Southeast Asian",
  white: "white",
  mixed: "mixed-race",
};

/** "woman", "man", "non-binary person"; a child or a teenager when the age says so; "person" when nothing is known. */
export function personNoun(gender: Gender | undefined, age: number | undefined) {
  if (age !== undefined && age < 13) return gender === "female" ? "girl" : gender === "male" ? "boy" : "child";
  if (age !== undefined && age < 18) return gender === "female" ? "teenage girl" : gender === "male" ? "teenage boy" : "teenager";
  return gender === "female" ? "woman" : gender === "male" ? "man" : gender === "non-binary" ? "non-binary person" : "person";
}

/** "32-year-old East Asian woman": age, ethnicity and noun, each when known (no article). */
export function describePerson({ age, ethnicity, gender }: { age?: number; ethnicity?: Ethnicity; gender?: Gender }) {
  return [age !== undefined ? `${age}-year-old` : "", ethnicity ? ETHNICITY_WORDS[ethnicity] : "", personNoun(gender, age)].filter(Boolean).join(" ");
}

/** Each hair style as a phrase around its colour; `countable` ones take an article in a sentence ("a black bob haircut"). */
const HAIR_STYLE_PHRASES: Record<HairStyle, { words: (color: string) => string; countable: boolean }> = {
  short: { words: (c) => `short ${c}hair`, countable: false },
  "buzz cut": { words: (c) => `${c}buzz cut`, countable: true },
  pixie: { words: (c) => `${c}pixie cut`, countable: true },
  bob: { words: (c) => `${c}bob haircut`, countable: true },
  "shoulder-length": { words: (c) => `shoulder-length ${c}hair`, countable: false },
  "long straight": { words: (c) => `long straight ${c}hair`, countable: false },
  "long wavy": { words: (c) => `long wavy ${c}hair`, countable: false },
  curly: { words: (c) => `curly ${c}hair`, countable: false },
  afro: { words: (c) => `${c}afro`, countable: true },
  braids: { words: (c) => `${c}braided hair`, countable: false },
  dreadlocks: { words: (c) => `${c}dreadlocks`, countable: false },
  bun: { words: (c) => `${c}hair in a bun`, countable: false },
  ponytail: { words: (c) => `${c}hair in a ponytail`, countable: false },
  bald: { words: () => "bald head", countable: true },
};

/**
 * "long wavy auburn hair", "auburn buzz cut", "bald head"; just "auburn hair" without a style, undefined
 * with neither. `article` is for a sentence: "an auburn buzz cut", "a bald head" (mass nouns take none).
 */
export function hairPhrase(style: HairStyle | undefined, color: HairColor | undefined, { article = false }: { article?: boolean } = {}) {
  const colorWords = color ? `${color} ` : "";
  if (!style) return color ? `${colorWords}hair` : undefined;
  const { words, countable } = HAIR_STYLE_PHRASES[style];
  return article && countable ? withArticle(words(colorWords)) : words(colorWords);
}

/** "slim build", "curvy figure", "plus-size figure". */
export function bodyTypePhrase(bodyType: BodyType) {
  return bodyType === "curvy" || bodyType === "plus-size" ? `${bodyType} figure` : `${bodyType} build`;
}
