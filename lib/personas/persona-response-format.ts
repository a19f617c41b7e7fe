import { z } from "zod";
import { BODY_TYPES, EYE_COLORS, GENDERS, HAIR_COLORS, HAIR_STYLES, PHOTO_STYLES, SKIN_TONES } from "@/lib/avatars/persona-schemas";
import type { PersonaSlot } from "./plan-persona-slots";

/**
 * The shape the model must answer in. It differs from generatedPersonaSchema on purpose: OpenAI's strict
 * mode rejects optional fields and string length keywords, and gender/age range/ethnicity/locale come
 * from the plan rather than the model, so the model only fills in what it is good at.
 */
export function buildPersonaResponseSchema(slots: readonly PersonaSlot[]) {
  const ageMin = Math.min(...slots.map((slot) => slot.ageMin));
  const ageMax = Math.max(...slots.map((slot) => slot.ageMax));
  const persona = z.object({
    firstName: z.string().describe("Given name only, typical for the requested country, gender and background"),
    lastName: z.string().describe("Family name only"),
    age: z.int().min(ageMin).max(ageMax),
    gender: z.enum(GENDERS).describe("Exactly the gender requested for this position"),
    bio: z.string().describe("Two or three sentences in the third person, at most 400 characters: occupation, city, something personal"),
    personalityTraits: z.array(z.string().describe("One to three words")).min(3).max(5),
    appearanceDescription: z
      .string()
      .describe("One or two sentences, at most 400 characters, describing face, hair, build and usual clothing; consistent with attributes"),
    attributes: z.object({
      bodyType: z.enum(BODY_TYPES),
      hairStyle: z.enum(HAIR_STYLES),
      hairColor: z.enum(HAIR_COLORS),
      eyeColor: z.enum(EYE_COLORS),
      skinTone: z.enum(SKIN_TONES),
      style: z.enum(PHOTO_STYLES).describe("Photo style that suits the persona"),
    }),
  });
  return z.object({ personas: z.array(persona).length(slots.length) });
}

export type PersonaResponse = z.infer<ReturnType<typeof buildPersonaResponseSchema>>;
export type ModelPersona = PersonaResponse["personas"][number];
