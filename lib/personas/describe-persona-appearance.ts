import { bodyTypePhrase, describePerson, hairPhrase } from "@/lib/avatars/appearance-words";
import { capitalize, withArticle } from "@/lib/avatars/english";
import type { SeededRandom } from "./create-seeded-random";
import { DISTINCTIVE_FEATURES } from "./data/flavour-lists";
import type { PersonaVisualAttributes } from "./persona-generation-schemas";

/** One or two sentences an image prompt or a person can read; every detail agrees with `attributes`. */
export function describePersonaAppearance(age: number, attributes: PersonaVisualAttributes, clothing: string, random: SeededRandom): string {
  const features = random.sample(
    DISTINCTIVE_FEATURES.filter(
      (f) => (!f.who || f.who === attributes.gender) && (f.minAge ?? 0) <= age && age <= (f.maxAge ?? Number.POSITIVE_INFINITY),
    ),
    random.int(1, 2),
  );
  const person = capitalize(withArticle(describePerson({ age, ethnicity: attributes.ethnicity, gender: attributes.gender })));
  const hair = hairPhrase(attributes.hairStyle, attributes.hairColor, { article: true });
  return (
    `${person} with ${attributes.skinTone} skin, ${hair} and ${attributes.eyeColor} eyes. ` +
    `${capitalize(bodyTypePhrase(attributes.bodyType))} with ${features.map((f) => f.text).join(" and ")}. Usually wears ${clothing}.`
  );
}
