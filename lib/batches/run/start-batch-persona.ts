import { beginBatchPersona } from "./begin-batch-persona";
import { preparePersonaBaseGeneration } from "./prepare-persona-base-generation";

/**
 * First step of a persona run: marks it running and returns the generation that makes its base
 * image (null when it has one already). `done` when the persona already succeeded or was cancelled.
 */
export async function startBatchPersona(avatarId: string): Promise<{ done: boolean; cancelled: boolean; generationId: string | null }> {
  const begun = await beginBatchPersona(avatarId);
  if (begun.done) return { done: true, cancelled: begun.cancelled, generationId: null };
  const base = await preparePersonaBaseGeneration(avatarId);
  return { done: false, cancelled: false, generationId: base.generationId };
}
