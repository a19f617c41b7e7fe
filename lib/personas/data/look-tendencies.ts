import type { Ethnicity, EyeColor, HairColor, SkinTone } from "@/lib/avatars/persona-schemas";
import type { LocaleProfile } from "./locale-profiles";

/** Weighted choices: [value, weight]; weights need not sum to anything. */
export type Weights<T> = readonly (readonly [T, number])[];
type Complexion = LocaleProfile["complexion"];

/** Rough population tendencies, so a look agrees with the persona's background rather than contradicting it. */
export const SKIN_TONE_WEIGHTS: Record<Exclude<Ethnicity, "white">, Weights<SkinTone>> = {
  black: [["brown", 4], ["dark", 5], ["tan", 1]],
  "east asian": [["light", 4], ["fair", 4], ["medium", 2]],
  "south asian": [["medium", 3], ["tan", 3], ["brown", 4], ["olive", 1]],
  "southeast asian": [["medium", 4], ["tan", 4], ["brown", 2], ["fair", 1]],
  hispanic: [["fair", 1.5], ["light", 1], ["medium", 4], ["olive", 3], ["tan", 3], ["brown", 1]],
  "middle eastern": [["olive", 5], ["medium", 3], ["tan", 2], ["fair", 1], ["light", 0.5]],
  "native american": [["medium", 3], ["tan", 4], ["brown", 2]],
  "pacific islander": [["tan", 3], ["brown", 4], ["medium", 2]],
  mixed: [["fair", 1], ["medium", 4], ["olive", 2], ["tan", 3], ["brown", 3]],
};
export const WHITE_SKIN_TONE_WEIGHTS: Record<Complexion, Weights<SkinTone>> = {
  northern: [["light", 5], ["fair", 5], ["olive", 0.5]],
  central: [["light", 4], ["fair", 4], ["olive", 2]],
  southern: [["fair", 3], ["light", 2], ["olive", 4], ["tan", 1]],
};

const DARK_HAIR: Weights<HairColor> = [["black", 7], ["dark brown", 4], ["brown", 0.6]];
export const HAIR_COLOR_WEIGHTS: Record<Exclude<Ethnicity, "white">, Weights<HairColor>> = {
  black: [["black", 8], ["dark brown", 3], ["auburn", 0.2], ["platinum", 0.2], ["blonde", 0.2]],
  "east asian": [["black", 7], ["dark brown", 4], ["brown", 1], ["platinum", 0.2]],
  "south asian": DARK_HAIR,
  "southeast asian": DARK_HAIR,
  hispanic: [["dark brown", 6], ["black", 4], ["brown", 3], ["auburn", 0.5], ["blonde", 0.5]],
  "middle eastern": [["black", 5], ["dark brown", 6], ["brown", 2], ["auburn", 0.3]],
  "native american": [["black", 7], ["dark brown", 3]],
  "pacific islander": [["black", 6], ["dark brown", 4]],
  mixed: [["dark brown", 5], ["black", 3], ["brown", 3], ["auburn", 0.5], ["blonde", 0.5]],
};
export const WHITE_HAIR_COLOR_WEIGHTS: Record<Complexion, Weights<HairColor>> = {
  northern: [["blonde", 4], ["brown", 4], ["dark brown", 3], ["auburn", 1.5], ["red", 0.8], ["black", 0.5], ["platinum", 0.3]],
  central: [["brown", 5], ["dark brown", 4], ["blonde", 2.5], ["auburn", 1], ["red", 0.5], ["black", 1], ["platinum", 0.2]],
  southern: [["dark brown", 6], ["black", 3], ["brown", 4], ["blonde", 0.8], ["auburn", 0.5]],
};

const DARK_EYES: Weights<EyeColor> = [["dark brown", 6], ["brown", 4]];
export const EYE_COLOR_WEIGHTS: Record<Exclude<Ethnicity, "white">, Weights<EyeColor>> = {
  black: [["dark brown", 7], ["brown", 3]],
  "east asian": [["dark brown", 7], ["brown", 3]],
  "south asian": [["dark brown", 6], ["brown", 4], ["hazel", 0.5]],
  "southeast asian": DARK_EYES,
  hispanic: [["brown", 5], ["dark brown", 4], ["hazel", 1.5], ["green", 0.5], ["amber", 0.3]],
  "middle eastern": [["brown", 5], ["dark brown", 4], ["hazel", 1.5], ["green", 0.7], ["amber", 0.5]],
  "native american": DARK_EYES,
  "pacific islander": DARK_EYES,
  mixed: [["brown", 5], ["dark brown", 3], ["hazel", 2], ["green", 0.7], ["amber", 0.5]],
};
export const WHITE_EYE_COLOR_WEIGHTS: Record<Complexion, Weights<EyeColor>> = {
  northern: [["blue", 5], ["gray", 1.5], ["green", 2], ["hazel", 2], ["brown", 3]],
  central: [["blue", 3], ["green", 2], ["hazel", 2.5], ["brown", 4], ["gray", 1]],
  southern: [["brown", 6], ["hazel", 3], ["green", 1.5], ["blue", 1], ["dark brown", 2]],
};
