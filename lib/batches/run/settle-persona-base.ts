import { refreshBatchCounters } from "@/lib/batches/refresh-batch-counters";
import { getDb } from "@/lib/db/client";
import type { LoadedBatchPersona } from "./load-batch-persona";

/**
 * After the base generation ran: ok when the persona has its draft, else the generation's error
 * (null when none was recorded, e.g. its run failed before it could write one). `persona` as loaded after that run.
 */
export async function settlePersonaBase(persona: LoadedBatchPersona): Promise<{ ok: boolean; reason: string | null }> {
  await refreshBatchCounters(persona.batchId);
  if (persona.avatar.baseImageId) return { ok: true, reason: null };
  const db = await getDb();
  const generation = persona.baseGenerationId
    ? await db.generation.findUnique({ where: { id: persona.baseGenerationId }, select: { errorMessage: true } })
    : null;
  return { ok: false, reason: generation?.errorMessage ?? null };
}
