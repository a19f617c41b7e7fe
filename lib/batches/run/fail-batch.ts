import { refreshBatchCounters } from "@/lib/batches/refresh-batch-counters";
import { getDb } from "@/lib/db/client";
import { emitBatchEnded } from "@/lib/job-events/emit-batch-event";
import type { BatchFailureStage } from "./persona-stages";

/**
 * The batch itself failed (its persona data could not be written, or the job gave up): `failed` with
 * the reason, which also heads the error log. A batch that already finished is left as it is.
 */
export async function failBatch(batchId: string, stage: BatchFailureStage, message: string) {
  const db = await getDb();
  const at = new Date();
  const { count } = await db.batch.updateMany({
    where: { id: batchId, status: { notIn: ["completed", "failed", "cancelled"] } },
    data: { status: "failed", errorMessage: message, completedAt: at },
  });
  if (count) {
    await refreshBatchCounters(batchId, { avatarId: null, name: null, stage, message, at: at.toISOString() });
    await emitBatchEnded(batchId, "failed");
  }
  return { failed: count > 0 };
}
