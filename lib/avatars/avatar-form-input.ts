/**
 * Forms post flat fields (personaAge, hairColor, …); the domain takes `{ persona, attributes }`.
 * This maps one to the other so forms and REST validate with the same schemas.
 */
import { imageSizeFromId, VISUAL_ATTRIBUTE_OPTIONS } from "./persona-schemas";

const ATTRIBUTE_FIELDS = Object.keys(VISUAL_ATTRIBUTE_OPTIONS);

function present(value: string | undefined) {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function compact<T extends Record<string, unknown>>(object: T): T | undefined {
  const entries = Object.entries(object).filter(([, value]) => value !== undefined);
  return entries.length ? (Object.fromEntries(entries) as T) : undefined;
}

export function personaFromForm(values: Record<string, string>) {
  const age = present(values.personaAge);
  const traits = present(values.personalityTraits)
    ?.split(/[,\n]/)
    .map((trait) => trait.trim())
    .filter(Boolean);
  return compact({
    name: present(values.personaName),
    age: age === undefined ? undefined : Number(age),
    personalityTraits: traits?.length ? traits : undefined,
    background: present(values.background),
  });
}

export function attributesFromForm(values: Record<string, string>) {
  return compact(Object.fromEntries(ATTRIBUTE_FIELDS.map((field) => [field, present(values[field])])));
}

/** Flat form values → the nested shape of the avatar schemas. */
export function avatarInputFromForm(values: Record<string, string>) {
  const { width, height } = imageSizeFromId(present(values.size) ?? "");
  return compact({
    name: values.name,
    prompt: values.prompt,
    negativePrompt: present(values.negativePrompt),
    width,
    height,
    seed: present(values.seed),
    provider: present(values.provider),
    quality: present(values.quality),
    appearanceDescription: present(values.appearanceDescription),
    persona: personaFromForm(values),
    attributes: attributesFromForm(values),
  }) ?? {};
}
