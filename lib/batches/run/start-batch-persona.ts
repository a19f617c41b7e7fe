import { beginBatchPersona } from "./begin-batch-persona";
import { preparePersonaBaseGeneration } from "./prepare-persona-base-generation";

/**
 * First step of a persona run: marks it running and returns the generation that makes its base
 * image (null when it has one already). `done` when the persona already succeeded.
 */
export async function startBatchPersona(avatarId: string): Promise<{ done: boolean; generationId: string | null }> {
  const begun = await beginBatchPersona(avatarId);
  if (begun.done) return { done: true, generationId: null };
  const base = await preparePersonaBaseGeneration(avatarId);
  return { done: false, generationId: base.generationId };
}
