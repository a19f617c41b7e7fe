import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { variationCallShare } from "@/lib/avatars/variations-mode";
import { getConfig } from "@/lib/config/env";
import type { UsagePeriod } from "./usage-period";

export interface MonthUsage {
  /** Images made, plus those still reserved by queued or running work. */
  images: number;
  costUsd: number;
}

/**
 * What counts against a user's quota in a month, read from the rows themselves: finished work counts the
 * images it made, queued or running work counts every image it may still make. A failed or cancelled image
 * gives its reservation back by being finished without a file; nothing is incremented or refunded by hand.
 * A batch reserves all of its images at creation, so its own generations (batchRun) are counted through it:
 * while it runs, what its reserved images cost (batchCalls: a base per persona at a full call, the
 * variations at their share of one), once it has ended, what the images it made cost (costDoneUsd).
 * Each re-make of a drifted image (IdentityRetry, batch work included) is one more paid image.
 */
export async function countMonthUsage(
  db: PrismaClient | Prisma.TransactionClient,
  userId: string,
  period: UsagePeriod,
): Promise<MonthUsage> {
  const includeLocal = getConfig().QUOTA_COUNTS_LOCAL;
  const gridShare = variationCallShare("grid");
  const [generations] = await db.$queryRaw<Array<{ images: number; cost: number }>>`
    SELECT COALESCE(SUM(c.images), 0)::int AS images, COALESCE(SUM(c.cost), 0)::float8 AS cost FROM (
      SELECT r.images, r.images * r.price AS cost FROM (
        SELECT CASE WHEN g."status" IN ('pending', 'processing') THEN GREATEST(g."total", g."done") ELSE g."done" END AS images,
               g."unitPriceUsd" AS price
        FROM "Generation" g
        WHERE g."userId" = ${userId} AND g."createdAt" >= ${period.start} AND g."createdAt" < ${period.end}
          AND g."batchRun" = false AND (${includeLocal} OR g."provider" <> 'local')
      ) r
      UNION ALL
      SELECT CASE WHEN b."status" IN ('completed', 'failed', 'cancelled') THEN b."imagesDone" ELSE GREATEST(b."imagesTotal", b."imagesDone") END,
             CASE WHEN b."status" IN ('completed', 'failed', 'cancelled') THEN b."costDoneUsd"
                  ELSE GREATEST(b."costDoneUsd", b."unitPriceUsd" * (LEAST(b."count", b."imagesTotal")
                       + (b."imagesTotal" - LEAST(b."count", b."imagesTotal")) * (CASE WHEN b."variationsMode" = 'grid' THEN ${gridShare}::float8 ELSE 1 END))) END
      FROM "Batch" b
      WHERE b."userId" = ${userId} AND b."createdAt" >= ${period.start} AND b."createdAt" < ${period.end}
        AND (${includeLocal} OR b."provider" <> 'local')
      UNION ALL
      SELECT 1, r."unitPriceUsd"
      FROM "IdentityRetry" r JOIN "Generation" g ON g."id" = r."generationId"
      WHERE g."userId" = ${userId} AND r."createdAt" >= ${period.start} AND r."createdAt" < ${period.end}
        AND (${includeLocal} OR g."provider" <> 'local')
    ) c`;
  return { images: generations?.images ?? 0, costUsd: generations?.cost ?? 0 };
}
