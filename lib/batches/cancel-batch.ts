import { sendEvent } from "@/inngest/send-event";
import { getDb } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { discardRetryAttempts } from "@/lib/generations/discard-retry-attempts";
import { emitBatchEnded } from "@/lib/job-events/emit-batch-event";
import { batchCancelRequested } from "./batch-events";
import { RUNNING_BATCH_STATUSES } from "./batch-view";
import { getBatchOrThrow } from "./get-batch-or-throw";
import { refreshBatchCounters } from "./refresh-batch-counters";

/**
 * Cancels a queued or running batch. In one transaction, before this returns: the batch, its
 * unfinished personas and the unfinished generations its job made say `cancelled`, so no new provider
 * call starts for it (each checks the batch first). A call in flight may finish and its image is
 * kept; finished personas stay. Then the batch, persona and generation runs stop (cancelOn). Resume
 * continues the cancelled personas. 409 once it has finished.
 */
export async function cancelBatch(ownerId: string, batchId: string) {
  await getBatchOrThrow(ownerId, batchId);
  const db = await getDb();
  const now = new Date();
  const cancelled = await db.$transaction(async (tx) => {
    const { count } = await tx.batch.updateMany({
      where: { id: batchId, project: { ownerId }, status: { in: [...RUNNING_BATCH_STATUSES] } },
      data: { status: "cancelled", completedAt: now },
    });
    if (!count) return null;
    await tx.batchPersona.updateMany({ where: { batchId, status: { in: ["pending", "running"] } }, data: { status: "cancelled", finishedAt: now } });
    const running = { batchId, batchRun: true, status: { in: ["pending" as const, "processing" as const] } };
    const generations = await tx.generation.findMany({ where: running, select: { id: true } });
    await tx.generation.updateMany({
      where: running,
      data: { status: "cancelled", stage: "cancelled", currentIndex: null, waitingUntil: null, completedAt: now },
    });
    return generations.map((generation) => generation.id);
  });
  if (!cancelled) throw new ConflictError("This batch has already finished");
  await discardRetryAttempts(cancelled);
  await refreshBatchCounters(batchId);
  await emitBatchEnded(batchId, "cancelled");
  await sendEvent(batchCancelRequested, { batchId }).catch((error) => console.error(`[jobs] could not send the cancel event: ${(error as Error).message}`));
  return getBatchOrThrow(ownerId, batchId);
}
