import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

/**
 * First step of a batch run: `generating_data` when its personas are still to be written, else
 * `data_generated` (a retry or a resume). The start time is kept if a previous run set it.
 * `cancelled` when its owner cancelled it before the run began (then nothing is changed).
 */
export async function beginBatch(batchId: string) {
  const db = await getDb();
  const batch = await db.batch.findUnique({ where: { id: batchId }, select: { status: true, images: true, startedAt: true, _count: { select: { personas: true } } } });
  if (!batch) throw new NotFoundError("Batch");
  // Any persona row means the data step committed (it writes them all in one transaction).
  const needsData = batch._count.personas === 0;
  const { count } = await db.batch.updateMany({
    where: { id: batchId, status: { not: "cancelled" } },
    data: { status: needsData ? "generating_data" : "data_generated", startedAt: batch.startedAt ?? new Date(), completedAt: null },
  });
  return { cancelled: count === 0, needsData, images: batch.images };
}
