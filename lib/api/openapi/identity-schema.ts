import { z } from "zod";

const status = z.enum(["consistent", "drifted", "no-face", "not-measured"]);
const score = z.number().min(0).max(1).nullable().meta({ description: "Face similarity to the approved seed, 0–1; null when nothing was compared" });

/** An image's `identity` (lib/faces/face-check-types.ts StoredIdentity), for the OpenAPI description. */
export const identitySchema = z
  .object({
    score,
    status,
    attempts: z.number().int().min(1).meta({ description: "Provider calls made for the image: 1, plus one per re-make of a drifted result" }),
    tries: z
      .array(z.object({ seed: z.number().int(), score, status }))
      .optional()
      .meta({ description: "Every attempt in order, once a drifted image was re-made; the image is the one with the highest score" }),
    note: z.string().optional().meta({ description: "Why the re-makes stopped before the project's limit (quota, cancel, a failed call)" }),
  })
  .meta({ description: "Identity against the approved seed; null until analysed and for images not made from a seed" });
