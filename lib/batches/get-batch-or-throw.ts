import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { batchSelect, toBatchView } from "./batch-view";

/** The batch if its project belongs to `ownerId`; another user's batch reads exactly like a missing one. */
export async function getBatchOrThrow(ownerId: string, batchId: string) {
  const db = await getDb();
  const row = await db.batch.findFirst({ where: { id: batchId, project: { ownerId } }, select: batchSelect });
  if (!row) throw new NotFoundError("Batch");
  return toBatchView(row);
}
