import { z } from "zod";
import { providerNameSchema } from "./avatar-schemas";
import { VARIATIONS_MODES } from "./variations-mode";

export const seedGenerateSchema = z.strictObject({
  provider: providerNameSchema.optional(),
  candidates: z.coerce
    .number({ error: "candidates must be a number from 1 to 4" })
    .int("candidates must be a whole number")
    .min(1, "candidates must be between 1 and 4")
    .max(4, "candidates must be between 1 and 4")
    .default(1),
  referenceImageId: z.string().trim().min(1).max(100).optional(),
});

export const approveSchema = z.strictObject({ imageId: z.string().trim().min(1).max(100).optional() });
export const rejectSchema = z.strictObject({
  reason: z.string().trim().max(500, "Reason must be at most 500 characters").optional(),
});
export const selectVersionSchema = z.strictObject({ imageId: z.string({ error: "imageId is required" }).trim().min(1, "imageId is required").max(100) });
export const variationsModeSchema = z.enum(VARIATIONS_MODES, { error: 'mode must be "separate" or "grid"' });
export const variationsSchema = z.strictObject({ provider: providerNameSchema.optional(), mode: variationsModeSchema.default("separate") });
export const trainingSetSchema = z.strictObject({
  prompts: z
    .array(z.string().trim().min(1, "A prompt cannot be empty").max(300, "Each prompt must be at most 300 characters"))
    .min(1, "Give at least one prompt, or leave prompts out to use the project's library")
    .max(50, "At most 50 prompts at once")
    .optional(),
  provider: providerNameSchema.optional(),
});
