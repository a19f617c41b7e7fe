import { approvePersonaBase } from "./approve-persona-base";
import { loadBatchPersona } from "./load-batch-persona";
import { preparePersonaVariationsGeneration } from "./prepare-persona-variations-generation";
import { recordPersonaFailure } from "./record-persona-outcome";
import { settlePersonaBase } from "./settle-persona-base";

/**
 * After the base generation: checks the draft, approves it as the seed and prepares the variations.
 * A stage that fails is recorded (with `jobError`, the image job's own failure, when the generation
 * recorded no reason) and `stopped` ends the persona. One step for three short stages, because every
 * step costs a round trip through the job driver and a write of the run's state.
 */
export async function continueAfterBase(avatarId: string, jobError: string | null): Promise<{ stopped: boolean; generationId: string | null }> {
  if ((await loadBatchPersona(avatarId)).status === "cancelled") return { stopped: true, generationId: null };
  const base = await settlePersonaBase(avatarId);
  if (!base.ok) {
    await recordPersonaFailure(avatarId, "base", base.reason ?? jobError ?? "No base image was generated");
    return { stopped: true, generationId: null };
  }
  const approved = await approvePersonaBase(avatarId);
  if (approved.error) {
    await recordPersonaFailure(avatarId, "approve", approved.error);
    return { stopped: true, generationId: null };
  }
  const variations = await preparePersonaVariationsGeneration(avatarId);
  if (variations.error) {
    await recordPersonaFailure(avatarId, "variations", variations.error);
    return { stopped: true, generationId: null };
  }
  return { stopped: false, generationId: variations.generationId };
}
