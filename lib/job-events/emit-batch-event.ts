import { getBatchDetail } from "@/lib/batches/get-batch-detail";
import { getDb } from "@/lib/db/client";
import { recordJobEvent } from "./record-job-event";
import { toEventData } from "./to-event-data";

/** Tells a batch's end: its data is what GET /api/v1/batches/:id returns. */
export async function emitBatchEnded(batchId: string, outcome: "completed" | "failed" | "cancelled") {
  const db = await getDb();
  const row = await db.batch.findUnique({ where: { id: batchId }, select: { userId: true } });
  if (!row) return;
  await recordJobEvent(row.userId, `batch.${outcome}`, toEventData(await getBatchDetail(row.userId, batchId)));
}

/** Tells a running batch's counters. */
export async function emitBatchProgress(batchId: string) {
  const db = await getDb();
  const row = await db.batch.findUnique({
    where: { id: batchId },
    select: { id: true, userId: true, status: true, count: true, personasDone: true, personasFailed: true, imagesDone: true, imagesTotal: true },
  });
  if (!row) return;
  const { userId, ...progress } = row;
  await recordJobEvent(userId, "batch.progress", toEventData(progress));
}
