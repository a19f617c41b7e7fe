import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { BadRequestError, ConflictError } from "@/lib/errors";
import { getImageProvider } from "@/lib/providers/image";
import type { BatchStatusName } from "./batch-status-name";
import { isBatchRunning } from "./batch-view";
import { assertWithinQuota } from "@/lib/usage/reserve-usage";
import { getBatchOrThrow } from "./get-batch-or-throw";
import { enqueueBatchRun } from "./enqueue-batch-run";
import { refreshBatchCounters } from "./refresh-batch-counters";

/** 409 with the reason when a batch in `status` cannot be retried now. */
function assertRetryable(status: BatchStatusName, whenRunning = "This batch is still running. Retry its failed personas once it has finished.") {
  if (isBatchRunning(status)) throw new ConflictError(whenRunning);
  if (status === "cancelled") throw new ConflictError("This batch was cancelled: resume it to finish its personas (failed ones can be retried after that)");
}

/**
 * Runs a finished batch again for its failed personas only (or from the start when its data step
 * failed). Succeeded personas and the images failed ones already made are kept. The status flip is
 * one conditional write, so two clicks cannot start two runs.
 */
export async function retryFailedPersonas(ownerId: string, batchId: string) {
  const batch = await getBatchOrThrow(ownerId, batchId);
  assertRetryable(batch.status);
  const db = await getDb();
  const [personas, failed] = await Promise.all([
    db.batchPersona.count({ where: { batchId } }),
    db.batchPersona.count({ where: { batchId, status: "failed" } }),
  ]);
  if (personas > 0 && failed === 0) {
    // A concurrent retry may have just taken them.
    assertRetryable((await getBatchOrThrow(ownerId, batchId)).status, "This batch is already being retried");
    throw new BadRequestError("This batch has no failed personas to retry");
  }
  if (batch.images) {
    try {
      getImageProvider(batch.provider);
    } catch (error) {
      throw new BadRequestError(`Cannot retry: ${(error as Error).message}`);
    }
  }
  const reopened = await db.$transaction(async (tx) => {
    // The images still to make count against the quota again (what failed or was cancelled gave its share back).
    await assertWithinQuota(tx, ownerId, {
      provider: batch.provider,
      images: batch.images ? Math.max(batch.imagesTotal - batch.imagesDone, 0) : 0,
      what: "this retry",
    });
    const { count } = await tx.batch.updateMany({
      where: { id: batchId, status: { in: ["completed", "failed"] } },
      data: { status: "pending", errorMessage: null, errorLog: [], startedAt: null, completedAt: null },
    });
    if (count) await tx.batchPersona.updateMany({ where: { batchId, status: "failed" }, data: { status: "pending", errorMessage: null, finishedAt: null } });
    return count > 0;
  });
  // Another request changed it between the read and the write: say what is true now.
  if (!reopened) {
    assertRetryable((await getBatchOrThrow(ownerId, batchId)).status, "This batch is already being retried");
    throw new ConflictError("This batch was retried meanwhile; reload it to see its personas");
  }
  await refreshBatchCounters(batchId);
  await enqueueBatchRun({ id: batchId, userId: ownerId }, `retry-${randomUUID()}`);
  return getBatchOrThrow(ownerId, batchId);
}
