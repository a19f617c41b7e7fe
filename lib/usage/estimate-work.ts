import { getDb } from "@/lib/db/client";
import { countMonthUsage } from "./count-month-usage";
import { priceFor, roundUsd, type PriceQuery } from "./price-table";
import { quotaRefusal } from "./reserve-usage";
import { usagePeriod } from "./usage-period";
import { countsAgainstQuota, getUserQuota, hasQuota } from "./user-quota";

export type WorkEstimate = {
  images: number;
  unitPriceUsd: number;
  estimatedCostUsd: number;
  /** False when the price table has no entry for the provider (counted as free). */
  priceKnown: boolean;
  provider: string;
  model: string | null;
  quality: string | null;
  withinQuota: boolean;
  /** What is left of this month's quota before this work; null when the user has no quota. */
  remaining: { images: number | null; costUsd: number | null } | null;
  /** Why it would be refused, in the words the refusal would use. */
  refusal: string | null;
  /** "25 personas × 5 images ≈ $5.25 with openai gpt-image-1 (medium)" */
  summary: string;
};

/** What a piece of work would cost and whether it fits the user's quota now (nothing is reserved). */
export async function estimateWork(
  userId: string,
  demand: PriceQuery & { images: number; what: string; breakdown?: string; callsPerImage?: number },
): Promise<WorkEstimate> {
  const price = priceFor(demand);
  const perImage = price.usdPerImage * (demand.callsPerImage ?? 1);
  const estimatedCostUsd = roundUsd(demand.images * perImage);
  const db = await getDb();
  const quota = await getUserQuota(db, userId);
  let remaining: WorkEstimate["remaining"] = null;
  let refusal: string | undefined;
  if (hasQuota(quota) && countsAgainstQuota(demand.provider)) {
    const used = await countMonthUsage(db, userId, usagePeriod());
    remaining = {
      images: quota.images === null ? null : Math.max(quota.images - used.images, 0),
      costUsd: quota.costUsd === null ? null : roundUsd(Math.max(quota.costUsd - used.costUsd, 0)),
    };
    refusal = quotaRefusal(quota, used, { images: demand.images, costUsd: demand.images * perImage, what: demand.what });
  }
  const model = demand.model ?? null;
  const quality = demand.quality ?? null;
  const cost = !price.known ? "(price unknown)" : estimatedCostUsd === 0 ? "free" : `≈ $${estimatedCostUsd.toFixed(2)}`;
  const what = demand.breakdown ?? `${demand.images} ${demand.images === 1 ? "image" : "images"}`;
  const withModel = [demand.provider, model, quality ? `(${quality})` : null].filter(Boolean).join(" ");
  return {
    images: demand.images,
    unitPriceUsd: perImage,
    estimatedCostUsd,
    priceKnown: price.known,
    provider: demand.provider,
    model,
    quality,
    withinQuota: !refusal,
    remaining,
    refusal: refusal ?? null,
    summary: `${what}${cost === "free" ? ", free" : ` ${cost}`} with ${withModel}`,
  };
}
