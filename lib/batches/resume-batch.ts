import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { BadRequestError, ConflictError } from "@/lib/errors";
import { getImageProvider } from "@/lib/providers/image";
import { assertWithinQuota } from "@/lib/usage/reserve-usage";
import { enqueueBatchRun } from "./enqueue-batch-run";
import { getBatchOrThrow } from "./get-batch-or-throw";
import { refreshBatchCounters } from "./refresh-batch-counters";

/**
 * Continues a cancelled batch where it stopped: its cancelled personas wait again and a new batch run
 * takes them through their remaining stages. What was made is kept (deterministic image ids and keys,
 * stages that skip done work), so no image is made twice; failed personas stay failed (retry-failed
 * re-runs those). One conditional write, so two clicks cannot start two runs; 409 unless cancelled.
 */
export async function resumeBatch(ownerId: string, batchId: string) {
  const batch = await getBatchOrThrow(ownerId, batchId);
  if (batch.status !== "cancelled") throw new ConflictError("Only a cancelled batch can be resumed");
  if (batch.images) {
    try {
      getImageProvider(batch.provider);
    } catch (error) {
      throw new BadRequestError(`Cannot resume: ${(error as Error).message}`);
    }
  }
  const db = await getDb();
  const resumed = await db.$transaction(async (tx) => {
    // The images still to make count against the quota again (what failed or was cancelled gave its share back).
    await assertWithinQuota(tx, ownerId, {
      provider: batch.provider,
      images: batch.images ? Math.max(batch.imagesTotal - batch.imagesDone, 0) : 0,
      what: "this resume",
    });
    const { count } = await tx.batch.updateMany({
      where: { id: batchId, project: { ownerId }, status: "cancelled" },
      data: { status: "pending", errorMessage: null, completedAt: null },
    });
    if (count) await tx.batchPersona.updateMany({ where: { batchId, status: "cancelled" }, data: { status: "pending", finishedAt: null } });
    return count > 0;
  });
  if (!resumed) throw new ConflictError("This batch is already being resumed");
  await refreshBatchCounters(batchId);
  await enqueueBatchRun({ id: batchId, userId: ownerId }, `resume-${randomUUID()}`);
  return getBatchOrThrow(ownerId, batchId);
}
