import { getDb } from "@/lib/db/client";

/**
 * True when the generation may not call its provider any more: its owner cancelled it, or cancelled
 * the batch whose job made it. Checked by every step right before a provider call, so once a cancel
 * has answered (it writes these rows first) no new call starts.
 */
export async function isGenerationCancelled(generationId: string): Promise<boolean> {
  const db = await getDb();
  const generation = await db.generation.findUnique({ where: { id: generationId }, select: { status: true, batchId: true, batchRun: true } });
  if (!generation || generation.status === "cancelled") return true;
  if (!generation.batchRun || !generation.batchId) return false;
  const batch = await db.batch.findUnique({ where: { id: generation.batchId }, select: { status: true } });
  return batch?.status === "cancelled";
}
