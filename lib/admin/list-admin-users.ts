import { getDb } from "@/lib/db/client";
import { newestFirst, paginate, type PageParams } from "@/lib/pagination/page-params";
import { roundUsd } from "@/lib/usage/price-table";
import { usagePeriod } from "@/lib/usage/usage-period";
import { getConfig } from "@/lib/config/env";
import { isAdmin } from "./is-admin";

const latest = (...dates: Array<Date | null | undefined>) =>
  dates.reduce<Date | null>((best, date) => (date && (!best || date > best) ? date : best), null);

/**
 * Every account for /admin and GET /api/v1/admin/users, newest first: when it was created and last
 * active (its latest sign-in, token use or piece of work), this month's images and estimated cost, its
 * own quotas (null: the server's default) and the quotas in force.
 */
export async function listAdminUsers(params: PageParams, only?: { userId: string }) {
  const db = await getDb();
  const page = await paginate(params, (args) =>
    db.user.findMany({
      ...args,
      where: only ? { id: only.userId } : undefined,
      orderBy: newestFirst,
      select: {
        id: true,
        email: true,
        name: true,
        createdAt: true,
        disabledAt: true,
        quotaImagesPerMonth: true,
        quotaUsdPerMonth: true,
        sessions: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
        apiTokens: { orderBy: { lastUsedAt: { sort: "desc", nulls: "last" } }, take: 1, select: { lastUsedAt: true } },
      },
    }),
  );
  const ids = page.items.map((user) => user.id);
  const period = usagePeriod();
  const [usage, work] = await Promise.all([
    ids.length
      ? db.$queryRaw<Array<{ userId: string; images: number; cost: number }>>`
          SELECT g."userId" AS "userId", COUNT(*)::int AS images, COALESCE(SUM(g."unitPriceUsd"), 0)::float8 AS cost
          FROM "Image" i JOIN "Generation" g ON g."id" = i."generationId"
          WHERE g."userId" = ANY(${ids}) AND i."createdAt" >= ${period.start} AND i."createdAt" < ${period.end}
          GROUP BY 1`
      : [],
    ids.length ? db.generation.groupBy({ by: ["userId"], where: { userId: { in: ids } }, _max: { createdAt: true } }) : [],
  ]);
  const config = getConfig();
  return {
    users: page.items.map((user) => {
      const used = usage.find((row) => row.userId === user.id);
      return {
        id: user.id,
        email: user.email,
        name: user.name,
        admin: isAdmin(user),
        disabled: Boolean(user.disabledAt),
        disabledAt: user.disabledAt,
        createdAt: user.createdAt,
        lastActiveAt: latest(user.sessions[0]?.createdAt, user.apiTokens[0]?.lastUsedAt, work.find((row) => row.userId === user.id)?._max.createdAt),
        imagesThisMonth: used?.images ?? 0,
        estimatedCostUsdThisMonth: roundUsd(used?.cost ?? 0),
        quotaImagesPerMonth: user.quotaImagesPerMonth,
        quotaUsdPerMonth: user.quotaUsdPerMonth,
        quota: {
          images: user.quotaImagesPerMonth ?? config.QUOTA_IMAGES_PER_MONTH ?? null,
          costUsd: user.quotaUsdPerMonth ?? config.QUOTA_USD_PER_MONTH ?? null,
        },
      };
    }),
    nextCursor: page.nextCursor,
  };
}

export type AdminUser = Awaited<ReturnType<typeof listAdminUsers>>["users"][number];

/** One account as listAdminUsers shows it. */
export async function getAdminUser(userId: string): Promise<AdminUser | undefined> {
  return (await listAdminUsers({ limit: 1 }, { userId })).users[0];
}
