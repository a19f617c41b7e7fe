import { z } from "zod";
import { MAX_SEED } from "@/lib/avatars/avatar-schemas";
import { variationsModeSchema } from "@/lib/avatars/seed-image-schemas";
import { personaGenerationInputSchema } from "@/lib/personas/persona-generation-schemas";
import { autoApproveSchema } from "@/lib/projects/project-schemas";

/** A new batch: who to generate (count, brief, constraints) and how (images, provider, seed). */
export const createBatchSchema = personaGenerationInputSchema.extend({
  images: z.boolean({ error: "images must be true or false" }).default(true),
  /** An image provider id; the batch job checks it against the configured providers. */
  provider: z
    .string({ error: "provider must be text" })
    .trim()
    .min(1, "provider cannot be empty")
    .max(40, "provider must be at most 40 characters")
    .optional(),
  /** How each persona's 4 variations are made: one call each, or one 2×2 grid split in four. */
  variationsMode: variationsModeSchema.default("separate"),
  /** Whether each persona's base is approved without a person; the project's setting when omitted. */
  autoApprove: autoApproveSchema.optional(),
  /** Fixes the offline generator's personas (same seed and input, same people); random when omitted. */
  seed: z
    .number({ error: "seed must be a number" })
    .int("seed must be a whole number")
    .min(0, `seed must be between 0 and ${MAX_SEED}`)
    .max(MAX_SEED, `seed must be between 0 and ${MAX_SEED}`)
    .optional(),
});
export type CreateBatchInput = z.infer<typeof createBatchSchema>;
