import { variationCallShare } from "@/lib/avatars/variations-mode";
import { roundUsd } from "@/lib/usage/price-table";
import type { WorkCost } from "@/lib/usage/work-cost";

interface BatchForCost {
  /** Personas asked for: each has one base image, a full provider call. */
  count: number;
  variationsMode: string;
  /** The price of one provider call, recorded when the batch was created. */
  unitPriceUsd: number;
  imagesTotal: number;
  costDoneUsd: number;
}

/**
 * Provider calls `images` of a batch's reserved images stand for: a base per persona at a full call, the
 * rest its variations at their share (a grid's four are one call). countMonthUsage reckons a running batch
 * the same way in SQL, with this share passed in.
 */
export function batchCalls(batch: Pick<BatchForCost, "count" | "variationsMode">, images: number) {
  const bases = Math.min(batch.count, images);
  return bases + (images - bases) * variationCallShare(batch.variationsMode);
}

/** Provider calls per image of a batch's reservation, for the quota check and the estimate (1 unless its variations are a grid). */
export function batchCallsPerImage(batch: Pick<BatchForCost, "count" | "variationsMode">, images: number) {
  return images > 0 ? batchCalls(batch, images) / images : 1;
}

/** A batch's cost: what its reserved images cost (the estimate) and what those made so far did, each at its generation's price. */
export function batchWorkCost(batch: BatchForCost): WorkCost {
  return { estimatedCostUsd: roundUsd(batch.unitPriceUsd * batchCalls(batch, batch.imagesTotal)), costUsd: roundUsd(batch.costDoneUsd) };
}
