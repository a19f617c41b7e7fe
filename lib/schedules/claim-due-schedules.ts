import { getDb } from "@/lib/db/client";
import { nextScheduleTick } from "./schedule-timing";

export interface ScheduleClaim {
  scheduleId: string;
  /** The tick being fired (ISO): a schedule's run history has one run per tick. */
  dueAt: string;
}

/**
 * Claims the enabled schedules whose next run has come: each claim moves `nextRunAt` to the first tick
 * after `now` with a compare-and-set on the old value (UPDATE … WHERE id = … AND nextRunAt = <read>),
 * so of two processes ticking at once only one claims it, and a schedule due long ago fires once, not
 * once per missed tick.
 */
export async function claimDueSchedules(now = new Date(), limit = 50): Promise<ScheduleClaim[]> {
  const db = await getDb();
  const due = await db.schedule.findMany({
    where: { enabled: true, nextRunAt: { lte: now } },
    orderBy: [{ nextRunAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, cron: true, timezone: true, nextRunAt: true },
  });
  const claims: ScheduleClaim[] = [];
  for (const schedule of due) {
    const { count } = await db.schedule.updateMany({
      where: { id: schedule.id, enabled: true, nextRunAt: schedule.nextRunAt },
      data: { nextRunAt: nextScheduleTick(schedule.cron, schedule.timezone, now), lastRunAt: now },
    });
    if (count === 1) claims.push({ scheduleId: schedule.id, dueAt: schedule.nextRunAt!.toISOString() });
  }
  return claims;
}
