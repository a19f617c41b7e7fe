import { z } from "zod";
import { TRAINING_MANIFEST_FORMATS } from "./export-training-manifest";

/** GET /api/v1/avatars/:id/training-set/manifest: `download=1` sends it as a file; `format=actor-maker` the actor pipeline's shape. */
export const trainingManifestQuerySchema = z.strictObject({
  download: z.enum(["1", "true", ""], { error: "download must be 1" }).optional(),
  format: z.enum(TRAINING_MANIFEST_FORMATS, { error: `format must be one of: ${TRAINING_MANIFEST_FORMATS.join(", ")}` }).default("default"),
});
