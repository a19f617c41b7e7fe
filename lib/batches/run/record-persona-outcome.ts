import { refreshBatchCounters } from "@/lib/batches/refresh-batch-counters";
import { getDb } from "@/lib/db/client";
import { loadBatchPersona } from "./load-batch-persona";
import type { BatchPersonaStage, PersonaFailureStage } from "./persona-stages";

/** The persona has its approved base and all its variations. */
export async function recordPersonaSuccess(avatarId: string) {
  const persona = await loadBatchPersona(avatarId);
  const db = await getDb();
  // A cancelled persona stays cancelled (resume finishes it); its images are kept either way.
  await db.batchPersona.updateMany({
    where: { avatarId, status: { not: "cancelled" } },
    data: { status: "succeeded", stage: "done" satisfies BatchPersonaStage, errorMessage: null, finishedAt: new Date() },
  });
  const summary = await refreshBatchCounters(persona.batchId);
  return { status: "succeeded" as const, personasDone: summary.personasDone };
}

/**
 * The persona stopped at `stage` for `message`; the other personas go on. A persona that already
 * succeeded (a late duplicate report) or was cancelled (its runs end with errors) is left alone.
 */
export async function recordPersonaFailure(avatarId: string, stage: PersonaFailureStage, message: string) {
  const db = await getDb();
  const persona = await db.batchPersona.findUnique({ where: { avatarId }, select: { batchId: true } });
  if (!persona) return { status: "failed" as const, stage, message };
  await db.batchPersona.updateMany({
    where: { avatarId, status: { notIn: ["succeeded", "cancelled"] } },
    data: { status: "failed", stage, errorMessage: message.slice(0, 2000), finishedAt: new Date() },
  });
  await refreshBatchCounters(persona.batchId);
  return { status: "failed" as const, stage, message };
}
