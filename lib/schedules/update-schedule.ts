import { getDb } from "@/lib/db/client";
import { getScheduleOrThrow } from "./get-schedule-or-throw";
import type { UpdateScheduleInput } from "./schedule-schemas";
import { nextScheduleTick } from "./schedule-timing";
import { scheduleSelect, toScheduleView } from "./schedule-view";

/** Changes a schedule; its next run is worked out again from now (none while disabled). */
export async function updateSchedule(ownerId: string, scheduleId: string, input: UpdateScheduleInput, now = new Date()) {
  const current = await getScheduleOrThrow(ownerId, scheduleId);
  const next = { ...current, ...Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) };
  const db = await getDb();
  const row = await db.schedule.update({
    where: { id: current.id },
    data: {
      cron: next.cron,
      timezone: next.timezone,
      action: next.action,
      enabled: next.enabled,
      nextRunAt: next.enabled ? nextScheduleTick(next.cron, next.timezone, now) : null,
    },
    select: scheduleSelect,
  });
  return toScheduleView(row);
}
