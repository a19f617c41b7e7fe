import { z } from "zod";
import { triggerWordSchema } from "@/lib/training/trigger-word";
import { imageProviderNameSchema } from "@/lib/providers/image/provider-names";
import { fromAvatarCreatorBody, fromSeedWorkflowBody } from "./flat-avatar-bodies";
import { DEFAULT_IMAGE_SIZE, isAllowedImageSize, personaSchema, UNSUPPORTED_IMAGE_SIZE, visualAttributesSchema } from "./persona-schemas";

export const avatarNameSchema = z
  .string({ error: "Name is required" })
  .trim()
  .min(1, "Name is required")
  .max(100, "Name must be at most 100 characters");

const appearanceDescriptionSchema = z
  .string({ error: "Appearance description must be text" })
  .trim()
  .max(2000, "Appearance description must be at most 2,000 characters");

export const MAX_SEED = 2_147_483_647;
export const seedSchema = z.coerce
  .number({ error: "Seed must be a number" })
  .int("Seed must be a whole number")
  .min(0, `Seed must be between 0 and ${MAX_SEED}`)
  .max(MAX_SEED, `Seed must be between 0 and ${MAX_SEED}`);

export const providerNameSchema = imageProviderNameSchema;

/** A persona with no image yet (the seed-image workflow starts here). */
export const createAvatarSchema = z.strictObject({
  name: avatarNameSchema,
  persona: personaSchema.strict().optional(),
  attributes: visualAttributesSchema.strict().optional(),
  appearanceDescription: appearanceDescriptionSchema.optional(),
});

export const updateAvatarSchema = z
  .strictObject({
    name: avatarNameSchema.optional(),
    persona: personaSchema.strict().nullable().optional(),
    attributes: visualAttributesSchema.strict().nullable().optional(),
    appearanceDescription: appearanceDescriptionSchema.nullable().optional(),
    /** null goes back to the default made from the name. */
    triggerWord: triggerWordSchema.nullable().optional(),
  })
  .refine((value) => Object.values(value).some((field) => field !== undefined), { message: "Nothing to update" });

/** Generate a new avatar from a prompt. */
export const generateAvatarSchema = z
  .strictObject({
    name: avatarNameSchema,
    prompt: z.string({ error: "Prompt is required" }).trim().min(1, "Prompt is required").max(2000, "Prompt must be at most 2,000 characters"),
    negativePrompt: z.string().trim().max(2000, "Negative prompt must be at most 2,000 characters").optional(),
    width: z.coerce.number().int().optional(),
    height: z.coerce.number().int().optional(),
    seed: seedSchema.optional(),
    provider: providerNameSchema.default("local"),
    /** A quality level of the provider's model (OpenAI: low | medium | high, or standard | hd). */
    quality: z.string({ error: "quality must be text" }).trim().min(1, "quality cannot be empty").max(20).optional(),
    persona: personaSchema.strict().optional(),
    attributes: visualAttributesSchema.strict().optional(),
    appearanceDescription: appearanceDescriptionSchema.optional(),
  })
  .transform((value) => ({ ...value, width: value.width ?? DEFAULT_IMAGE_SIZE.width, height: value.height ?? DEFAULT_IMAGE_SIZE.height }))
  .refine(isAllowedImageSize, { message: UNSUPPORTED_IMAGE_SIZE, path: ["width"] });

/** REST body of POST …/avatars: the nested form, or the seed-image workflow's persona fields. */
export const createAvatarRequestSchema = z.preprocess(fromSeedWorkflowBody, createAvatarSchema);

/** REST body of POST …/avatars/generate: the nested form, or the avatar creator's flat body with free-text values. */
export const generateAvatarRequestSchema = z.preprocess(fromAvatarCreatorBody, generateAvatarSchema);

export type CreateAvatarInput = z.infer<typeof createAvatarSchema>;
export type UpdateAvatarInput = z.infer<typeof updateAvatarSchema>;
export type GenerateAvatarInput = z.infer<typeof generateAvatarSchema>;

export const avatarUploadFieldsSchema = z.strictObject({ name: avatarNameSchema });
