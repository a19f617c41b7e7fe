import { z } from "zod";

/** GET /api/v1/avatars/:id/images: which images. */
export const avatarImagesQuerySchema = z.object({ kind: z.enum(["base", "variation", "training"], { error: "kind must be base, variation or training" }).optional() });
