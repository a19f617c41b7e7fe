import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { countMonthUsage, type MonthUsage } from "./count-month-usage";
import { priceFor, type PriceQuery } from "./price-table";
import { usagePeriod } from "./usage-period";
import { countsAgainstQuota, getUserQuota, hasQuota, type UserQuota } from "./user-quota";

export interface UsageDemand extends PriceQuery {
  /** Images the request may make. */
  images: number;
  /** How the refusal names the request: "this batch", "these variations"… */
  what: string;
  /** Provider calls per image (a 2×2 grid is one call for four images: 0.25); 1 by default. */
  callsPerImage?: number;
}

const usd = (value: number) => `$${value.toFixed(2)}`;

/** Why a demand does not fit the remaining quota, in words; undefined when it fits. */
export function quotaRefusal(quota: UserQuota, used: MonthUsage, demand: { images: number; costUsd: number; what: string }) {
  if (quota.images !== null && used.images + demand.images > quota.images) {
    return `Monthly image quota reached: ${used.images} of ${quota.images} images used; ${demand.what} needs ${demand.images}.`;
  }
  if (quota.costUsd !== null && used.costUsd + demand.costUsd > quota.costUsd + 1e-9) {
    return `Monthly spending quota reached: ${usd(used.costUsd)} of ${usd(quota.costUsd)} used; ${demand.what} needs about ${usd(demand.costUsd)}.`;
  }
  return undefined;
}

/**
 * Inside a transaction, before anything of the request is written: checks that its images fit the user's
 * remaining monthly quota. The user's row is locked first, so concurrent requests are counted one after
 * another and together they can never pass the quota; the rows the caller then writes (pending work) are
 * the reservation. A request that does not fit is refused whole (429 quota_exceeded). Returns the price of
 * one image, to record on what is written.
 */
export async function assertWithinQuota(tx: Prisma.TransactionClient, userId: string, demand: UsageDemand): Promise<number> {
  const unitPriceUsd = priceFor(demand).usdPerImage;
  if (!countsAgainstQuota(demand.provider) || demand.images <= 0) return unitPriceUsd;
  const quota = await getUserQuota(tx, userId);
  if (!hasQuota(quota)) return unitPriceUsd;
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  const used = await countMonthUsage(tx, userId, usagePeriod());
  const refusal = quotaRefusal(quota, used, { images: demand.images, costUsd: demand.images * unitPriceUsd * (demand.callsPerImage ?? 1), what: demand.what });
  if (refusal) throw new AppError(refusal, "quota_exceeded");
  return unitPriceUsd;
}

/** assertWithinQuota and the request's writes in one transaction. */
export async function reserveUsage<T>(
  userId: string,
  demand: UsageDemand,
  write: (tx: Prisma.TransactionClient, unitPriceUsd: number) => Promise<T>,
): Promise<T> {
  const db = await getDb();
  return db.$transaction(async (tx) => write(tx, await assertWithinQuota(tx, userId, demand)));
}
