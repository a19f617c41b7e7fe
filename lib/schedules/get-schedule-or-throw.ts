import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { scheduleSelect, toScheduleView } from "./schedule-view";

/** The owner's schedule; another user's reads as not found. */
export async function getScheduleOrThrow(ownerId: string, scheduleId: string) {
  const db = await getDb();
  const row = await db.schedule.findFirst({ where: { id: scheduleId, project: { ownerId } }, select: scheduleSelect });
  if (!row) throw new NotFoundError("Schedule");
  return toScheduleView(row);
}
