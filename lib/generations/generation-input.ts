import { z } from "zod";
import { VARIATION_INSTRUCTIONS } from "@/lib/avatars/build-prompt";

/** What a generation row's `input` holds beyond its columns; validated whenever a job reads it. */
export const generationInputSchema = z.object({
  /** How many images: 1–4 candidates for a base, 4 for variations, one per item for training. */
  count: z.number().int().min(1).max(100).default(1),
  /** Image-to-image: the image the new ones are made from (refine, variations, training). */
  referenceImageId: z.string().optional(),
  /** base: a new seed-image version; the first of a plain generation becomes the draft. */
  selectFirstAsDraft: z.boolean().default(false),
  trainingItemIds: z.array(z.string()).optional(),
  attributes: z.record(z.string(), z.string()).optional(),
  /** variations: "grid" draws all four in one 2×2 grid image (one provider call) and cuts it into quarters. */
  mode: z.enum(["separate", "grid"]).default("separate"),
  /** separate variations: the pose (VARIATION_INSTRUCTIONS index) of each image; without it image i takes pose i. A replacement keeps the rejected image's pose. */
  poses: z.array(z.number().int().min(0).max(VARIATION_INSTRUCTIONS.length - 1)).optional(),
  /** A provider quality level (OpenAI), checked against the provider when the generation was requested. */
  quality: z.string().optional(),
  /** Image-to-image: how far the result may move from the reference, 0–1 (each provider maps it to its own strength/guidance). */
  strength: z.number().min(0).max(1).optional(),
  /** Refine: the user's instruction ("make the smile more confident"), also written at the head of the prompt. */
  instruction: z.string().optional(),
});

export type GenerationInput = z.infer<typeof generationInputSchema>;
