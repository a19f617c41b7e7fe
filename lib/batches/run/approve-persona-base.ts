import { approveSeedImage } from "@/lib/avatars/approve-seed-image";
import { AppError } from "@/lib/errors";
import { enterPersonaStage } from "./enter-persona-stage";
import type { LoadedBatchPersona } from "./load-batch-persona";

/**
 * Approves the persona's draft as its seed image on the system's behalf (actor null), which locks the
 * look the variations are made from. Already approved is fine; a refusal is returned as the reason.
 * `persona` as loaded before (its avatar's seed state is what is approved).
 */
export async function approvePersonaBase(persona: LoadedBatchPersona): Promise<{ error: string | null }> {
  const { avatarId } = persona;
  await enterPersonaStage(avatarId, "approve");
  if (persona.avatar.baseImageStatus === "approved" && persona.avatar.appearanceLocked) return { error: null };
  try {
    await approveSeedImage(persona.batch.userId, avatarId, undefined, null);
    return { error: null };
  } catch (error) {
    if (error instanceof AppError) return { error: `Could not approve the base image: ${error.message}` };
    throw error;
  }
}
