import { getConfig } from "@/lib/config/env";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";

export interface UserQuota {
  images: number | null;
  costUsd: number | null;
}

/** A user's monthly quota: an admin's override, else QUOTA_IMAGES_PER_MONTH / QUOTA_USD_PER_MONTH; null is unlimited. */
export async function getUserQuota(db: PrismaClient | Prisma.TransactionClient, userId: string): Promise<UserQuota> {
  const config = getConfig();
  const user = await db.user.findUnique({ where: { id: userId }, select: { quotaImagesPerMonth: true, quotaUsdPerMonth: true } });
  return {
    images: user?.quotaImagesPerMonth ?? config.QUOTA_IMAGES_PER_MONTH ?? null,
    costUsd: user?.quotaUsdPerMonth ?? config.QUOTA_USD_PER_MONTH ?? null,
  };
}

export function hasQuota(quota: UserQuota): boolean {
  return quota.images !== null || quota.costUsd !== null;
}

/** Whether work with this provider counts against quotas (local images are free unless QUOTA_COUNTS_LOCAL). */
export function countsAgainstQuota(provider: string): boolean {
  return provider !== "local" || getConfig().QUOTA_COUNTS_LOCAL;
}
