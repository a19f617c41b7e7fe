import { getDb } from "@/lib/db/client";
import { assertProjectOwner } from "@/lib/projects/assert-project-owner";
import type { CreateScheduleInput } from "./schedule-schemas";
import { nextScheduleTick } from "./schedule-timing";
import { scheduleSelect, toScheduleView } from "./schedule-view";

export async function createSchedule(ownerId: string, projectId: string, input: CreateScheduleInput, now = new Date()) {
  await assertProjectOwner(ownerId, projectId);
  const db = await getDb();
  const row = await db.schedule.create({
    data: {
      projectId,
      userId: ownerId,
      cron: input.cron,
      timezone: input.timezone,
      action: input.action,
      enabled: input.enabled,
      nextRunAt: input.enabled ? nextScheduleTick(input.cron, input.timezone, now) : null,
    },
    select: scheduleSelect,
  });
  return toScheduleView(row);
}
