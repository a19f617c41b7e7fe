import { refreshBatchCounters } from "@/lib/batches/refresh-batch-counters";
import { finalBatchOutcome } from "@/lib/batches/summarize-batch-personas";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { emitBatchEnded } from "@/lib/job-events/emit-batch-event";

/**
 * Last step of a batch run, once every persona run has returned: final counters, then `completed`
 * (some personas may have failed; they are in the error log) or `failed` when none succeeded.
 */
export async function finishBatch(batchId: string) {
  const db = await getDb();
  const batch = await db.batch.findUnique({ where: { id: batchId }, select: { count: true, status: true } });
  if (!batch) throw new NotFoundError("Batch");
  if (batch.status === "cancelled") {
    const summary = await refreshBatchCounters(batchId);
    return { status: "cancelled" as const, personasDone: summary.personasDone, personasFailed: summary.personasFailed, imagesDone: summary.imagesDone };
  }
  // Every persona run has ended by now; one still marked unfinished lost its result (e.g. deleted mid-run).
  await db.batchPersona.updateMany({
    where: { batchId, status: { in: ["pending", "running"] } },
    data: { status: "failed", errorMessage: "The persona run ended without a result. Retry it.", finishedAt: new Date() },
  });
  const summary = await refreshBatchCounters(batchId);
  const outcome = finalBatchOutcome(summary, batch.count);
  const { count } = await db.batch.updateMany({ where: { id: batchId, status: { notIn: ["cancelled", outcome.status] } }, data: { status: outcome.status, errorMessage: outcome.errorMessage, completedAt: new Date() } });
  if (count) await emitBatchEnded(batchId, outcome.status);
  return { status: outcome.status, personasDone: summary.personasDone, personasFailed: summary.personasFailed, imagesDone: summary.imagesDone };
}
