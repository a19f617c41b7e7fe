import { getDb } from "@/lib/db/client";
import { loadBatchPersona } from "./load-batch-persona";

/**
 * After the variations ran: ok when all 4 were made, else the generation's error, which says how many
 * failed (null when none was recorded).
 */
export async function settlePersonaVariations(avatarId: string): Promise<{ ok: boolean; reason: string | null }> {
  const persona = await loadBatchPersona(avatarId);
  const db = await getDb();
  const generation = persona.variationsGenerationId
    ? await db.generation.findUnique({ where: { id: persona.variationsGenerationId }, select: { status: true, failed: true, errorMessage: true } })
    : null;
  if (generation?.status === "completed" && generation.failed === 0) return { ok: true, reason: null };
  return { ok: false, reason: generation?.errorMessage ?? null };
}
