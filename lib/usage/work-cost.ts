import { roundUsd } from "./price-table";

export interface WorkCost {
  /** What all the images asked for cost, as estimated when the work was queued. */
  estimatedCostUsd: number;
  /** What the images made so far cost. */
  costUsd: number;
}

/** The cost of a piece of work from the price of one image it recorded when queued. */
export function workCost(unitPriceUsd: number, images: { total: number; done: number }): WorkCost {
  return { estimatedCostUsd: roundUsd(unitPriceUsd * images.total), costUsd: roundUsd(unitPriceUsd * images.done) };
}

/** "$5.25", or "free" for work that costs nothing. */
export function formatUsd(value: number): string {
  if (value === 0) return "free";
  return value < 0.01 ? `$${value.toFixed(3)}` : `$${value.toFixed(2)}`;
}
