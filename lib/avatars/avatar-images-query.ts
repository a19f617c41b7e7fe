import { z } from "zod";

/** GET /api/v1/avatars/:id/images: which images (`grid`: the 2×2 grids grid variations were cut from). */
export const avatarImagesQuerySchema = z.strictObject({
  kind: z.enum(["base", "variation", "training", "grid"], { error: "kind must be base, variation, training or grid" }).optional(),
});
