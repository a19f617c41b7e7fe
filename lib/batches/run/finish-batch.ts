import { refreshBatchCounters } from "@/lib/batches/refresh-batch-counters";
import { finalBatchOutcome } from "@/lib/batches/summarize-batch-personas";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { emitBatchEnded } from "@/lib/job-events/emit-batch-event";

/**
 * Last step of a batch run's round, once every persona run has returned: final counters, then `completed`
 * (some personas may have failed, their errors are in the log; some may wait in review) or `failed` when
 * none succeeded or waits. `again` when a person approved a waiting base meanwhile (that persona is
 * pending): the run takes it in another round instead of ending. The batch row is locked while deciding,
 * so an approval either lands before (again) or sees the batch ended and starts a new run
 * (continue-reviewed-persona). `final` ends the batch even then: the pending personas fail with why.
 */
export async function finishBatch(batchId: string, options: { final?: boolean } = {}) {
  const db = await getDb();
  const decided = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Batch" WHERE "id" = ${batchId} FOR UPDATE`;
    const batch = await tx.batch.findUnique({ where: { id: batchId }, select: { count: true, status: true } });
    if (!batch) throw new NotFoundError("Batch");
    if (batch.status === "cancelled") return { status: "cancelled" as const, ended: false };
    if (!options.final && (await tx.batchPersona.count({ where: { batchId, status: "pending" } })) > 0) return { again: true as const };
    const now = new Date();
    // Every persona run of this round has ended; one still marked running lost its result (e.g. deleted mid-run).
    await tx.batchPersona.updateMany({
      where: { batchId, status: "running" },
      data: { status: "failed", errorMessage: "The persona run ended without a result. Retry it.", finishedAt: now },
    });
    await tx.batchPersona.updateMany({
      where: { batchId, status: "pending" },
      data: { status: "failed", errorMessage: "Approved while the batch was finishing: retry the failed personas to make its variations.", finishedAt: now },
    });
    const counts = await tx.batchPersona.groupBy({ by: ["status"], where: { batchId }, _count: { _all: true } });
    const of = (status: string) => counts.find((c) => c.status === status)?._count._all ?? 0;
    const outcome = finalBatchOutcome({ personasDone: of("succeeded"), personasFailed: of("failed"), personasInReview: of("needs_review") }, batch.count);
    const { count } = await tx.batch.updateMany({
      where: { id: batchId, status: { notIn: ["cancelled", outcome.status] } },
      data: { status: outcome.status, errorMessage: outcome.errorMessage, completedAt: now },
    });
    return { status: outcome.status, ended: count > 0 };
  });
  if ("again" in decided) return { again: true as const };
  const summary = await refreshBatchCounters(batchId);
  if (decided.ended) await emitBatchEnded(batchId, decided.status);
  return {
    again: false as const,
    status: decided.status,
    personasDone: summary.personasDone,
    personasFailed: summary.personasFailed,
    personasInReview: summary.personasInReview,
    imagesDone: summary.imagesDone,
  };
}
