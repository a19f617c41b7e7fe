import { z } from "zod";
import { providerNameSchema } from "./avatar-schemas";
import { VARIATIONS_MODES } from "./variations-mode";

export const REFINE_DEFAULT_STRENGTH = 0.5;

/** How far a refine may move from the reference: 0 keeps it, 1 lets the provider change the most. */
export const strengthSchema = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
  z.number({ error: "Strength must be a number from 0 to 1" }).min(0, "Strength must be between 0 and 1").max(1, "Strength must be between 0 and 1"),
);

/**
 * New candidates (mode "candidates", the default), or a refined draft (mode "refine", or a
 * referenceImageId): image-to-image from that base image (the current one by default) with the user's
 * instruction and strength.
 */
export const seedGenerateSchema = z
  .strictObject({
    mode: z.enum(["candidates", "refine"], { error: 'mode must be "candidates" or "refine"' }).optional(),
    provider: providerNameSchema.optional(),
    candidates: z.coerce
      .number({ error: "candidates must be a number from 1 to 4" })
      .int("candidates must be a whole number")
      .min(1, "candidates must be between 1 and 4")
      .max(4, "candidates must be between 1 and 4")
      .default(1),
    referenceImageId: z.string().trim().min(1).max(100).optional(),
    instruction: z.string().trim().max(500, "Instruction must be at most 500 characters").optional(),
    strength: strengthSchema.optional(),
  })
  .refine((value) => value.mode !== "candidates" || value.referenceImageId === undefined, {
    message: 'referenceImageId refines an image: use mode "refine"',
    path: ["referenceImageId"],
  })
  .refine((value) => value.mode === "refine" || value.referenceImageId !== undefined || value.instruction === undefined, {
    message: 'An instruction refines the current draft: use mode "refine"',
    path: ["instruction"],
  })
  .refine((value) => value.mode === "refine" || value.referenceImageId !== undefined || value.strength === undefined, {
    message: 'Strength applies to refine: use mode "refine"',
    path: ["strength"],
  });

export type SeedGenerateInput = z.infer<typeof seedGenerateSchema>;

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
