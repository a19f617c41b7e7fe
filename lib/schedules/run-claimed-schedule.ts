import { ALL_MISSING_BASE } from "@/lib/avatars/bulk/bulk-schemas";
import { runBulkAction } from "@/lib/avatars/bulk/run-bulk-action";
import { toAppError } from "@/lib/api/api-errors";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ScheduleAction } from "./schedule-schemas";
import type { ScheduleResult } from "./schedule-view";

/** How many skipped personas a run keeps with their reasons. */
const KEPT_SKIPS = 100;

/**
 * Runs a claimed tick of a schedule: the bulk action for the whole project in the background lane
 * (generate-base for every persona without a base image, training-set for every approved persona,
 * which fills only missing training images), then records the run and the schedule's last result.
 * A tick already recorded as finished is not run again (a retried job step).
 */
export async function runClaimedSchedule(scheduleId: string, dueAt: Date): Promise<ScheduleResult | null> {
  const db = await getDb();
  const schedule = await db.schedule.findUnique({ where: { id: scheduleId }, select: { id: true, projectId: true, action: true, project: { select: { ownerId: true } } } });
  if (!schedule) return null;
  const run = await db.scheduleRun.upsert({
    where: { scheduleId_dueAt: { scheduleId, dueAt } },
    create: { scheduleId, dueAt },
    update: {},
  });
  if (run.status !== "running") return { accepted: run.accepted, skipped: run.skipped, ...(run.errorMessage ? { error: run.errorMessage } : {}) };

  const action = schedule.action as ScheduleAction;
  let result: ScheduleResult;
  let details: Prisma.InputJsonValue | undefined;
  try {
    const outcome =
      action === "generate-base"
        ? await runBulkAction(schedule.project.ownerId, schedule.projectId, "generate-base", ALL_MISSING_BASE, { lane: "background" })
        : await runBulkAction(schedule.project.ownerId, schedule.projectId, "training-set", { filter: { status: "approved" } }, { lane: "background" });
    result = { accepted: outcome.accepted.length, skipped: outcome.skipped.length };
    details = { skipped: outcome.skipped.slice(0, KEPT_SKIPS).map((skip) => ({ ...skip, name: outcome.names[skip.id] ?? null })) };
  } catch (error) {
    const known = toAppError(error);
    if (!known) console.error(`[schedules] ${scheduleId} failed`, error);
    result = { error: known?.message ?? `Something went wrong: ${(error as Error).message}` };
  }
  await db.$transaction([
    db.scheduleRun.update({
      where: { id: run.id },
      data: {
        status: result.error ? "failed" : "completed",
        finishedAt: new Date(),
        accepted: result.accepted ?? 0,
        skipped: result.skipped ?? 0,
        errorMessage: result.error ?? null,
        ...(details ? { details } : {}),
      },
    }),
    db.schedule.update({ where: { id: scheduleId }, data: { lastResult: result as Prisma.InputJsonValue, lastRunAt: dueAt } }),
  ]);
  return result;
}
