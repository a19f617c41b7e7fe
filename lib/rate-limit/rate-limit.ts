import { getDb } from "@/lib/db/client";

/**
 * A generic fixed-window limiter whose counters live in the database (table RateLimitBucket), so
 * every process of the app shares them, on PostgreSQL and embedded PGlite alike. A key counts
 * points until its window ends; the first point after that opens a new window.
 */
export interface RateLimitRule {
  /** How many points a window allows. */
  points: number;
  windowMs: number;
}

export interface RateLimitState {
  /** Whether the points counted so far (this consume included) are within the rule. */
  allowed: boolean;
  /** Points still allowed in this window. */
  remaining: number;
  /** Points counted in this window. */
  consumed: number;
  resetAt: Date;
  /** 0 when allowed; else how long until the window ends. */
  retryAfterMs: number;
}

interface BucketRow {
  points: number;
  expiresAt: Date;
}

const PRUNE_EVERY_MS = 60_000;
const globalForPrune = globalThis as unknown as { likenessRateLimitPrunedAt?: number };

function stateOf(row: BucketRow | undefined, rule: RateLimitRule, now: Date, exceeded: (points: number) => boolean): RateLimitState {
  if (!row || row.expiresAt.getTime() <= now.getTime()) {
    return { allowed: true, remaining: rule.points, consumed: 0, resetAt: new Date(now.getTime() + rule.windowMs), retryAfterMs: 0 };
  }
  const resetAt = new Date(row.expiresAt);
  const allowed = !exceeded(row.points);
  return {
    allowed,
    remaining: Math.max(0, rule.points - row.points),
    consumed: row.points,
    resetAt,
    retryAfterMs: allowed ? 0 : Math.max(0, resetAt.getTime() - now.getTime()),
  };
}

/** Counts `cost` points against `key` in one atomic statement and says whether the key is still within its rule. */
export async function consume(key: string, rule: RateLimitRule, { cost = 1, now = new Date() }: { cost?: number; now?: Date } = {}) {
  const db = await getDb();
  const expiresAt = new Date(now.getTime() + rule.windowMs);
  const rows = await db.$queryRaw<BucketRow[]>`
    INSERT INTO "RateLimitBucket" ("key", "points", "expiresAt") VALUES (${key}, ${cost}, ${expiresAt})
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "RateLimitBucket"."expiresAt" <= ${now} THEN EXCLUDED."points" ELSE "RateLimitBucket"."points" + EXCLUDED."points" END,
      "expiresAt" = CASE WHEN "RateLimitBucket"."expiresAt" <= ${now} THEN EXCLUDED."expiresAt" ELSE "RateLimitBucket"."expiresAt" END
    RETURNING "points", "expiresAt"`;
  await pruneExpired(now);
  return stateOf(rows[0], rule, now, (points) => points > rule.points);
}

/**
 * The key's state without counting: `allowed` says whether one more point would be. For limits on
 * failures (sign-in) that are counted after the attempt: the attempt after the limit-th failure is refused.
 */
export async function peek(key: string, rule: RateLimitRule, { now = new Date() }: { now?: Date } = {}): Promise<RateLimitState> {
  const db = await getDb();
  const row = await db.rateLimitBucket.findUnique({ where: { key }, select: { points: true, expiresAt: true } });
  return stateOf(row ?? undefined, rule, now, (points) => points >= rule.points);
}

/** Forgets a key's count (e.g. after a successful sign-in). */
export async function reset(key: string): Promise<void> {
  const db = await getDb();
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

/** Deletes dead windows, at most once a minute per process. */
async function pruneExpired(now: Date) {
  const last = globalForPrune.likenessRateLimitPrunedAt ?? 0;
  if (now.getTime() - last < PRUNE_EVERY_MS && now.getTime() >= last) return;
  globalForPrune.likenessRateLimitPrunedAt = now.getTime();
  const db = await getDb();
  await db.rateLimitBucket.deleteMany({ where: { expiresAt: { lte: now } } });
}
