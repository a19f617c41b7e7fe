import { getDb } from "@/lib/db/client";
import { countMonthUsage } from "./count-month-usage";
import { roundUsd } from "./price-table";
import { usagePeriod } from "./usage-period";
import { getUserQuota, hasQuota } from "./user-quota";

interface Row {
  provider: string;
  projectId: string;
  projectName: string;
  day: string;
  images: number;
  cost: number;
}

type Totals = { images: number; estimatedCostUsd: number };

function add(into: Totals, row: Row) {
  into.images += row.images;
  into.estimatedCostUsd = roundUsd(into.estimatedCostUsd + row.cost);
}

/**
 * A month of a user's usage (Settings → Usage and GET /api/v1/usage): images made and their estimated cost,
 * by provider and by project, the quota and what is left of it (queued and running work counts as used),
 * and the last 30 days day by day.
 */
export async function getUsageReport(userId: string, month?: string, now = new Date()) {
  const period = usagePeriod(month ?? now);
  const db = await getDb();
  const chartStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 29));
  const from = chartStart < period.start ? chartStart : period.start;
  const until = period.end > now ? period.end : now;
  // Images made, plus each re-make of a drifted image (a paid call whose file was not kept: lib/faces docs).
  const rows = await db.$queryRaw<Row[]>`
    SELECT u.provider, u."projectId", u."projectName", to_char(date_trunc('day', u.at), 'YYYY-MM-DD') AS day,
           COUNT(*)::int AS images, COALESCE(SUM(u.price), 0)::float8 AS cost
    FROM (
      SELECT g."provider" AS provider, g."projectId" AS "projectId", p."name" AS "projectName", i."createdAt" AS at, g."unitPriceUsd" AS price
      FROM "Image" i
      JOIN "Generation" g ON g."id" = i."generationId"
      JOIN "Project" p ON p."id" = g."projectId"
      WHERE g."userId" = ${userId} AND i."createdAt" >= ${from} AND i."createdAt" < ${until}
      UNION ALL
      SELECT g."provider", g."projectId", p."name", r."createdAt", r."unitPriceUsd"
      FROM "IdentityRetry" r
      JOIN "Generation" g ON g."id" = r."generationId"
      JOIN "Project" p ON p."id" = g."projectId"
      WHERE g."userId" = ${userId} AND r."createdAt" >= ${from} AND r."createdAt" < ${until}
    ) u
    GROUP BY 1, 2, 3, 4`;
  const inMonth = rows.filter((row) => row.day >= period.month && row.day < usagePeriod(period.end).month);
  const total: Totals = { images: 0, estimatedCostUsd: 0 };
  const byProvider: Record<string, Totals> = {};
  const byProject = new Map<string, Totals & { projectId: string; name: string }>();
  for (const row of inMonth) {
    add(total, row);
    add((byProvider[row.provider] ??= { images: 0, estimatedCostUsd: 0 }), row);
    const project = byProject.get(row.projectId) ?? { projectId: row.projectId, name: row.projectName, images: 0, estimatedCostUsd: 0 };
    add(project, row);
    byProject.set(row.projectId, project);
  }
  const daily = Array.from({ length: 30 }, (_, index) => {
    const date = new Date(chartStart.getTime() + index * 86_400_000).toISOString().slice(0, 10);
    const day: Totals & { date: string } = { date, images: 0, estimatedCostUsd: 0 };
    for (const row of rows) if (row.day === date) add(day, row);
    return day;
  });
  const quota = await getUserQuota(db, userId);
  const used = await countMonthUsage(db, userId, period);
  return {
    period: { month: period.month, start: period.start.toISOString(), end: period.end.toISOString() },
    images: total.images,
    estimatedCostUsd: total.estimatedCostUsd,
    byProvider,
    byProject: [...byProject.values()].sort((a, b) => b.estimatedCostUsd - a.estimatedCostUsd || b.images - a.images),
    quota: hasQuota(quota) ? quota : null,
    /** What counts against the quota: images made by counted providers plus those queued or running. */
    quotaUsed: { images: used.images, costUsd: roundUsd(used.costUsd) },
    remaining: hasQuota(quota)
      ? {
          images: quota.images === null ? null : Math.max(quota.images - used.images, 0),
          costUsd: quota.costUsd === null ? null : roundUsd(Math.max(quota.costUsd - used.costUsd, 0)),
        }
      : null,
    daily,
  };
}
