import { approveSeedImage } from "@/lib/avatars/approve-seed-image";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { loadBatchPersona } from "./load-batch-persona";

/**
 * Approves the persona's draft as its seed image on the system's behalf (actor null), which locks the
 * look the variations are made from. Already approved is fine; a refusal is returned as the reason.
 */
export async function approvePersonaBase(avatarId: string): Promise<{ error: string | null }> {
  const persona = await loadBatchPersona(avatarId);
  const db = await getDb();
  await db.batchPersona.update({ where: { avatarId }, data: { stage: "approve" } });
  if (persona.avatar.baseImageStatus === "approved" && persona.avatar.appearanceLocked) return { error: null };
  try {
    await approveSeedImage(persona.batch.userId, avatarId, undefined, null);
    return { error: null };
  } catch (error) {
    if (error instanceof AppError) return { error: `Could not approve the base image: ${error.message}` };
    throw error;
  }
}
