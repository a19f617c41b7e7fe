import { getDb } from "@/lib/db/client";

/**
 * True when the generation may not call its provider any more: its owner cancelled it, or cancelled
 * the batch whose job made it. Checked by every step right before a provider call, so once a cancel
 * has answered (it writes these rows first) no new call starts.
 */
export async function isGenerationCancelled(generationId: string): Promise<boolean> {
  const db = await getDb();
  // One statement (it runs twice per image): the generation and, for a batch's own work, its batch.
  const [row] = await db.$queryRaw<{ status: string; batchStatus: string | null }[]>`
    SELECT g."status"::text AS status, b."status"::text AS "batchStatus"
    FROM "Generation" g LEFT JOIN "Batch" b ON g."batchRun" AND b."id" = g."batchId"
    WHERE g."id" = ${generationId}`;
  return !row || row.status === "cancelled" || row.batchStatus === "cancelled";
}
