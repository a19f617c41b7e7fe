import { z } from "zod";

/** GET /api/v1/avatars/:id/training-set/manifest: `download=1` sends it as a file. */
export const trainingManifestQuerySchema = z.object({ download: z.enum(["1", "true", ""], { error: "download must be 1" }).optional() });
