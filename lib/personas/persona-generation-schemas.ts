import { z } from "zod";
import { ETHNICITIES, GENDERS, visualAttributesSchema } from "@/lib/avatars/persona-schemas";

/** Locales whose names, cities and looks the offline generator knows; the OpenAI path uses them too. */
export const PERSONA_LOCALES = [
  "en-US",
  "en-GB",
  "de-DE",
  "fr-FR",
  "es-ES",
  "it-IT",
  "nl-NL",
  "pl-PL",
  "sv-SE",
  "ja-JP",
  "pt-BR",
  "hi-IN",
] as const;
export type PersonaLocale = (typeof PERSONA_LOCALES)[number];
export const DEFAULT_PERSONA_LOCALE: PersonaLocale = "en-US";
/** What "European" in a brief expands to when no locale is given. */
export const EUROPEAN_LOCALES: readonly PersonaLocale[] = ["en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pl-PL", "sv-SE"];

/**
 * any: each persona independently female or male; balanced: exact halves; mostly-*: about three in four;
 * inclusive: halves of women and men plus about one in ten non-binary people.
 */
export const GENDER_MIXES = ["any", "balanced", "female", "male", "non-binary", "mostly-female", "mostly-male", "inclusive"] as const;
export type GenderMix = (typeof GENDER_MIXES)[number];

export const MIN_PERSONA_AGE = 18;
export const MAX_PERSONA_AGE = 90;
/** The most personas one request (a batch) may ask for. */
export const MAX_PERSONA_COUNT = 100;

const ageField = (name: string) =>
  z
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(MIN_PERSONA_AGE, `${name} must be between ${MIN_PERSONA_AGE} and ${MAX_PERSONA_AGE}`)
    .max(MAX_PERSONA_AGE, `${name} must be between ${MIN_PERSONA_AGE} and ${MAX_PERSONA_AGE}`);

/** Who the people should be, as a form or the REST API says it; a brief can say more in words. */
export const personaConstraintsSchema = z
  .strictObject({
    genderMix: z.enum(GENDER_MIXES, { error: `genderMix must be one of: ${GENDER_MIXES.join(", ")}` }).optional(),
    ageMin: ageField("ageMin").optional(),
    ageMax: ageField("ageMax").optional(),
    locale: z.enum(PERSONA_LOCALES, { error: `locale must be one of: ${PERSONA_LOCALES.join(", ")}` }).optional(),
  })
  .refine((c) => c.ageMin === undefined || c.ageMax === undefined || c.ageMin <= c.ageMax, {
    message: "ageMin must not be greater than ageMax",
    path: ["ageMin"],
  });
export type PersonaConstraints = z.infer<typeof personaConstraintsSchema>;

/** What persona generation takes: how many people, the brief and the constraints. A batch adds its own fields. */
export const personaGenerationInputSchema = z.strictObject({
  count: z
    .number({ error: `count must be a number between 1 and ${MAX_PERSONA_COUNT}` })
    .int("count must be a whole number")
    .min(1, `count must be between 1 and ${MAX_PERSONA_COUNT}`)
    .max(MAX_PERSONA_COUNT, `count must be between 1 and ${MAX_PERSONA_COUNT}`),
  brief: z
    .string({ error: "brief must be text" })
    .trim()
    .max(500, "brief must be at most 500 characters")
    .optional()
    .transform((value) => value || undefined),
  constraints: personaConstraintsSchema.optional(),
});

export interface PersonaGenerationInput {
  count: number;
  brief?: string;
  constraints?: PersonaConstraints;
}

/** A complete look: every visual attribute set, so image prompts never fall back to defaults. */
export const personaVisualAttributesSchema = visualAttributesSchema.required();
export type PersonaVisualAttributes = z.infer<typeof personaVisualAttributesSchema>;

export function ageRangeForAge(age: number): PersonaVisualAttributes["ageRange"] {
  if (age < 25) return "18-24";
  if (age < 35) return "25-34";
  if (age < 45) return "35-44";
  if (age < 55) return "45-54";
  if (age < 65) return "55-64";
  return "65+";
}

const text = (name: string, max: number) =>
  z.string().trim().min(1, `${name} cannot be empty`).max(max, `${name} must be at most ${max} characters`);

/** One persona as either generator returns it. Gender, ethnicity and age must agree with `attributes`. */
export const generatedPersonaSchema = z
  .object({
    firstName: text("firstName", 40),
    lastName: text("lastName", 60),
    age: z.number().int().min(MIN_PERSONA_AGE).max(MAX_PERSONA_AGE),
    gender: z.enum(GENDERS),
    ethnicity: z.enum(ETHNICITIES),
    /** Where the name and background come from. */
    locale: z.enum(PERSONA_LOCALES),
    bio: text("bio", 600),
    personalityTraits: z.array(text("trait", 40)).min(1).max(8),
    appearanceDescription: text("appearanceDescription", 600),
    attributes: personaVisualAttributesSchema,
  })
  .superRefine((persona, ctx) => {
    const { attributes } = persona;
    // Avatar names (lib/avatars/persona-schemas.ts) allow 80 characters.
    if (personaFullName(persona).length > 80) {
      ctx.addIssue({ code: "custom", path: ["lastName"], message: "full name must be at most 80 characters" });
    }
    if (attributes.gender !== persona.gender) {
      ctx.addIssue({ code: "custom", path: ["attributes", "gender"], message: "must equal gender" });
    }
    if (attributes.ethnicity !== persona.ethnicity) {
      ctx.addIssue({ code: "custom", path: ["attributes", "ethnicity"], message: "must equal ethnicity" });
    }
    if (attributes.ageRange !== ageRangeForAge(persona.age)) {
      ctx.addIssue({ code: "custom", path: ["attributes", "ageRange"], message: `must be ${ageRangeForAge(persona.age)} for age ${persona.age}` });
    }
  });
export type GeneratedPersona = z.infer<typeof generatedPersonaSchema>;

export function personaFullName(persona: Pick<GeneratedPersona, "firstName" | "lastName">) {
  return `${persona.firstName} ${persona.lastName}`;
}
