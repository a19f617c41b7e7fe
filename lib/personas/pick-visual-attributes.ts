import type { BodyType, Ethnicity, Gender, HairColor, HairStyle, PhotoStyle } from "@/lib/avatars/persona-schemas";
import type { SeededRandom } from "./create-seeded-random";
import type { LocaleProfile } from "./data/locale-profiles";
import {
  EYE_COLOR_WEIGHTS,
  HAIR_COLOR_WEIGHTS,
  SKIN_TONE_WEIGHTS,
  WHITE_EYE_COLOR_WEIGHTS,
  WHITE_HAIR_COLOR_WEIGHTS,
  WHITE_SKIN_TONE_WEIGHTS,
  type Weights,
} from "./data/look-tendencies";
import { ageRangeForAge, type PersonaVisualAttributes } from "./persona-generation-schemas";

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
  return random.pickWeighted(ethnicity === "white" ? WHITE_HAIR_COLOR_WEIGHTS[complexion] : HAIR_COLOR_WEIGHTS[ethnicity]);
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
    eyeColor: random.pickWeighted(ethnicity === "white" ? WHITE_EYE_COLOR_WEIGHTS[complexion] : EYE_COLOR_WEIGHTS[ethnicity]),
    skinTone: random.pickWeighted(ethnicity === "white" ? WHITE_SKIN_TONE_WEIGHTS[complexion] : SKIN_TONE_WEIGHTS[ethnicity]),
    style: random.pickWeighted(request.styles),
  };
}
