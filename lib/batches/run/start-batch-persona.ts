import { beginBatchPersona } from "./begin-batch-persona";
import { loadBatchPersona } from "./load-batch-persona";
import { preparePersonaBaseGeneration } from "./prepare-persona-base-generation";

/**
 * First step of a persona run: marks it running and returns the generation that makes its base
 * image (null when it has one already). `done` when the persona already succeeded or was cancelled.
 * One load of the persona serves both (marking it running changes nothing the base's preparation reads).
 */
export async function startBatchPersona(avatarId: string): Promise<{ done: boolean; cancelled: boolean; generationId: string | null }> {
  const persona = await loadBatchPersona(avatarId);
  const begun = await beginBatchPersona(persona);
  if (begun.done) return { done: true, cancelled: begun.cancelled, generationId: null };
  const base = await preparePersonaBaseGeneration(persona);
  return { done: false, cancelled: false, generationId: base.generationId };
}
