import { getDb } from "@/lib/db/client";
import { getScheduleOrThrow } from "./get-schedule-or-throw";

/** Deletes a schedule and its run history. */
export async function deleteSchedule(ownerId: string, scheduleId: string) {
  const schedule = await getScheduleOrThrow(ownerId, scheduleId);
  const db = await getDb();
  await db.schedule.delete({ where: { id: schedule.id } });
}
