import { z } from "zod";

const quotaImages = z.number({ error: "quotaImagesPerMonth must be a whole number or null" }).int("quotaImagesPerMonth must be a whole number").min(0, "quotaImagesPerMonth cannot be negative").max(10_000_000).nullable();
const quotaUsd = z.number({ error: "quotaUsdPerMonth must be a number or null" }).min(0, "quotaUsdPerMonth cannot be negative").max(1_000_000).nullable();

/** PATCH /api/v1/admin/users/:id: disable or enable, and the user's own monthly quotas (null: the server's default). */
export const updateAdminUserSchema = z
  .strictObject({
    disabled: z.boolean({ error: "disabled must be true or false" }).optional(),
    quotaImagesPerMonth: quotaImages.optional(),
    quotaUsdPerMonth: quotaUsd.optional(),
  })
  .refine((input) => Object.keys(input).length > 0, { message: "Give at least one of disabled, quotaImagesPerMonth, quotaUsdPerMonth" });

export type UpdateAdminUserInput = z.infer<typeof updateAdminUserSchema>;

/** PATCH /api/v1/admin/settings */
export const adminSettingsSchema = z.strictObject({ signupOpen: z.boolean({ error: "signupOpen must be true or false" }) });
