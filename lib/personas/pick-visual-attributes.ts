import type { BodyType, Ethnicity, EyeColor, Gender, HairColor, HairStyle, PhotoStyle, SkinTone } from "@/lib/avatars/persona-schemas";
import { ageRangeForAge, type PersonaVisualAttributes } from "./persona-generation-schemas";
import type { SeededRandom } from "./create-seeded-random";
import type { LocaleProfile } from "./data/locale-profiles";

type Weights<T> = readonly (readonly [T, number])[];
type Complexion = LocaleProfile["complexion"];

export interface AttributeRequest {
  gender: Gender;
  age: number;
  ethnicity: Ethnicity;
  complexion: Complexion;
  styles: Weights<PhotoStyle>;
  /** Fitness briefs lean athletic. */
  athletic?: boolean;
}

/** Rough population tendencies, so a look agrees with the persona's background rather than contradicting it. */
const SKIN: Record<Exclude<Ethnicity, "white">, Weights<SkinTone>> = {
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
const WHITE_SKIN: Record<Complexion, Weights<SkinTone>> = {
  northern: [["light", 5], ["fair", 5], ["olive", 0.5]],
  central: [["light", 4], ["fair", 4], ["olive", 2]],
  southern: [["fair", 3], ["light", 2], ["olive", 4], ["tan", 1]],
};

const DARK_HAIR: Weights<HairColor> = [["black", 7], ["dark brown", 4], ["brown", 0.6]];
const HAIR: Record<Exclude<Ethnicity, "white">, Weights<HairColor>> = {
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
const WHITE_HAIR: Record<Complexion, Weights<HairColor>> = {
  northern: [["blonde", 4], ["brown", 4], ["dark brown", 3], ["auburn", 1.5], ["red", 0.8], ["black", 0.5], ["platinum", 0.3]],
  central: [["brown", 5], ["dark brown", 4], ["blonde", 2.5], ["auburn", 1], ["red", 0.5], ["black", 1], ["platinum", 0.2]],
  southern: [["dark brown", 6], ["black", 3], ["brown", 4], ["blonde", 0.8], ["auburn", 0.5]],
};

const DARK_EYES: Weights<EyeColor> = [["dark brown", 6], ["brown", 4]];
const EYES: Record<Exclude<Ethnicity, "white">, Weights<EyeColor>> = {
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
const WHITE_EYES: Record<Complexion, Weights<EyeColor>> = {
  northern: [["blue", 5], ["gray", 1.5], ["green", 2], ["hazel", 2], ["brown", 3]],
  central: [["blue", 3], ["green", 2], ["hazel", 2.5], ["brown", 4], ["gray", 1]],
  southern: [["brown", 6], ["hazel", 3], ["green", 1.5], ["blue", 1], ["dark brown", 2]],
};

const TEXTURED_HAIR_ETHNICITIES: readonly Ethnicity[] = ["black"];

function hairStyleWeights(gender: Gender, age: number, ethnicity: Ethnicity): Weights<HairStyle> {
  const textured = TEXTURED_HAIR_ETHNICITIES.includes(ethnicity);
  const balding = age >= 55 ? 3 : age >= 40 ? 1.5 : 0.3;
  if (gender === "female") {
    if (textured) return [["afro", 2], ["braids", 3], ["curly", 2], ["dreadlocks", 0.7], ["short", 1], ["long straight", 1], ["bun", 1], ["bob", 0.5]];
    const older = age >= 55;
    return [
      ["long straight", older ? 1 : 3], ["long wavy", older ? 1 : 3], ["shoulder-length", 3], ["bob", older ? 3 : 2], ["curly", 1.5],
      ["pixie", older ? 2 : 1], ["bun", 1.5], ["ponytail", older ? 0.5 : 1.5], ["short", older ? 2 : 0.3],
    ];
  }
  if (gender === "male") {
    if (textured) return [["buzz cut", 3], ["short", 3], ["afro", 1.5], ["dreadlocks", 1.5], ["braids", 0.8], ["bald", balding], ["curly", 1]];
    return [["short", 6], ["buzz cut", 2], ["curly", 1], ["shoulder-length", 0.5], ["bald", balding], ["bun", 0.3], ["ponytail", 0.2]];
  }
  return [["short", 2], ["pixie", 2], ["bob", 1.5], ["shoulder-length", 2], ["curly", 1.5], ["buzz cut", 1.5], ["long wavy", 1], textured ? ["afro", 2] : ["bun", 0.5]];
}

function bodyTypeWeights(gender: Gender, athletic: boolean): Weights<BodyType> {
  return [
    ["slim", 3],
    ["athletic", athletic ? 8 : 3],
    ["average", athletic ? 1 : 4],
    ["curvy", gender === "female" ? 2 : gender === "non-binary" ? 1 : 0],
    ["muscular", (gender === "male" ? 1.5 : gender === "female" ? 0.3 : 0.5) * (athletic ? 3 : 1)],
    ["plus-size", athletic ? 0.2 : 1.5],
  ];
}

function hairColor(request: AttributeRequest, random: SeededRandom): HairColor {
  const { age, ethnicity, complexion } = request;
  // Gray arrives gradually: a few at 45, most by 65.
  const grayChance = age >= 65 ? 0.85 : age >= 55 ? 0.55 : age >= 45 ? 0.2 : 0;
  if (random.chance(grayChance)) return age >= 70 && random.chance(0.4) ? "white" : "gray";
  return random.pickWeighted(ethnicity === "white" ? WHITE_HAIR[complexion] : HAIR[ethnicity]);
}

export function pickVisualAttributes(request: AttributeRequest, random: SeededRandom): PersonaVisualAttributes {
  const { gender, age, ethnicity, complexion } = request;
  return {
    gender,
    ageRange: ageRangeForAge(age),
    ethnicity,
    bodyType: random.pickWeighted(bodyTypeWeights(gender, request.athletic ?? false)),
    hairStyle: random.pickWeighted(hairStyleWeights(gender, age, ethnicity)),
    hairColor: hairColor(request, random),
    eyeColor: random.pickWeighted(ethnicity === "white" ? WHITE_EYES[complexion] : EYES[ethnicity]),
    skinTone: random.pickWeighted(ethnicity === "white" ? WHITE_SKIN[complexion] : SKIN[ethnicity]),
    style: random.pickWeighted(request.styles),
  };
}
