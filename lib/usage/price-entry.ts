import { z } from "zod";

/** One line of the price table: what one image costs with a provider's model (at a quality, when it has them). */
export const priceEntrySchema = z
  .object({
    provider: z.string().trim().min(1),
    /** The model id, or "*" for the provider's other models. */
    model: z.string().trim().min(1),
    quality: z.string().trim().min(1).optional(),
    usdPerImage: z.number().min(0).max(100),
  })
  .strict();

export type PriceEntry = z.infer<typeof priceEntrySchema>;

/** PRICES_FILE: a list of entries, or `{ "prices": [...] }`. */
export const priceFileSchema = z.union([z.array(priceEntrySchema), z.object({ prices: z.array(priceEntrySchema) }).strict()]);
