import { getDb } from "@/lib/db/client";
import { assertProjectOwner } from "@/lib/projects/assert-project-owner";
import { scheduleSelect, toScheduleView } from "./schedule-view";

/** How many past runs the Schedules tab shows per schedule. */
export const SCHEDULE_HISTORY = 10;

/** A project's schedules, oldest first, each with its latest runs (the Schedules tab and REST). */
export async function listSchedules(ownerId: string, projectId: string) {
  await assertProjectOwner(ownerId, projectId);
  const db = await getDb();
  const rows = await db.schedule.findMany({
    where: { projectId, project: { ownerId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      ...scheduleSelect,
      runs: {
        orderBy: [{ dueAt: "desc" }],
        take: SCHEDULE_HISTORY,
        select: { id: true, dueAt: true, startedAt: true, finishedAt: true, status: true, accepted: true, skipped: true, errorMessage: true },
      },
    },
  });
  return rows.map(({ runs, ...row }) => ({ ...toScheduleView(row), runs }));
}

export type ScheduleWithRuns = Awaited<ReturnType<typeof listSchedules>>[number];
