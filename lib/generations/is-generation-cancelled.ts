import { getDb } from "@/lib/db/client";

/** Whether a generation may go on calling its provider: gone (deleted with its avatar or project), cancelled, or live. */
export type GenerationCallState = "gone" | "cancelled" | "live";

/**
 * One statement (it runs twice per image): the generation and, for a batch's own work, its batch. It is
 * cancelled when its owner cancelled it, or cancelled the batch whose job made it.
 */
export async function generationCallState(generationId: string): Promise<GenerationCallState> {
  const db = await getDb();
  const [row] = await db.$queryRaw<{ status: string; batchStatus: string | null }[]>`
    SELECT g."status"::text AS status, b."status"::text AS "batchStatus"
    FROM "Generation" g LEFT JOIN "Batch" b ON g."batchRun" AND b."id" = g."batchId"
    WHERE g."id" = ${generationId}`;
  if (!row) return "gone";
  return row.status === "cancelled" || row.batchStatus === "cancelled" ? "cancelled" : "live";
}

/**
 * True when the generation may not call its provider any more (cancelled or gone). Checked by every
 * step right before a provider call, so once a cancel has answered (it writes these rows first) no new call starts.
 */
export async function isGenerationCancelled(generationId: string): Promise<boolean> {
  return (await generationCallState(generationId)) !== "live";
}
