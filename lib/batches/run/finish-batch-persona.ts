import { recordPersonaFailure, recordPersonaSuccess } from "./record-persona-outcome";
import { settlePersonaVariations } from "./settle-persona-variations";

/** Last step of a persona run: succeeded when all 4 variations exist, else failed at "variations" with why. */
export async function finishBatchPersona(avatarId: string, jobError: string | null) {
  const variations = await settlePersonaVariations(avatarId);
  if (variations.ok) return recordPersonaSuccess(avatarId);
  return recordPersonaFailure(avatarId, "variations", variations.reason ?? jobError ?? "No variations were generated");
}
