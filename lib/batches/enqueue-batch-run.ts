import { sendEvent } from "@/inngest/send-event";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { batchRequested } from "./batch-events";

/**
 * Starts the batch job for a row that is already written. If the event cannot be stored the batch is
 * marked failed with the reason (so nothing shows "pending" forever) and it can be retried.
 */
export async function enqueueBatchRun(batch: { id: string; userId: string }, runKey: string) {
  try {
    await sendEvent(batchRequested, { batchId: batch.id, userId: batch.userId }, { id: `${batch.id}-${runKey}` });
  } catch (error) {
    const message = `Could not queue the batch job: ${(error as Error).message}`;
    const db = await getDb();
    await db.batch.update({ where: { id: batch.id }, data: { status: "failed", errorMessage: message, completedAt: new Date() } });
    throw new AppError(`${message}. Try again in a moment.`, "service_unavailable", { cause: error });
  }
}
