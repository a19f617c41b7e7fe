import { getDb } from "@/lib/db/client";
import { assertWithinQuota } from "@/lib/usage/reserve-usage";

/**
 * Refuses a reject-and-regenerate whose one new image would not fit the monthly quota before anything
 * is rejected or deleted. The generation request then reserves the image for real, as every request does.
 */
export async function assertReplacementFits(ownerId: string, provider: { name: string; model?: string | null }) {
  const db = await getDb();
  await db.$transaction((tx) => assertWithinQuota(tx, ownerId, { provider: provider.name, model: provider.model, images: 1, what: "the replacement image" }));
}
