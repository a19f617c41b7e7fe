import { getDb } from "@/lib/db/client";
import { analyzeStoredImage } from "@/lib/faces/analyze-stored-image";
import type { StoredQuality } from "@/lib/faces/face-check-types";
import { approvePersonaBase } from "./approve-persona-base";
import { decideAutoApproval, readAutoApprove } from "./auto-approval";
import { holdPersonaForReview } from "./hold-persona-for-review";
import type { LoadedBatchPersona } from "./load-batch-persona";
import { loadBatchPersona } from "./load-batch-persona";
import { preparePersonaVariationsGeneration } from "./prepare-persona-variations-generation";
import { recordPersonaFailure } from "./record-persona-outcome";
import { settlePersonaBase } from "./settle-persona-base";

/**
 * The batch's autoApprove rule applied to the draft's stored quality report. The generation's check step
 * (an illustration's save step) wrote it; a base kept from a run cancelled before that step has none, so
 * it is measured now (the decision then waits for a person only when the analysis itself fails).
 */
async function autoApproval(persona: LoadedBatchPersona) {
  const rule = readAutoApprove(persona.batch.autoApprove);
  const imageId = persona.avatar.baseImageId;
  if (rule !== "if-quality-good" || !imageId) return decideAutoApproval(rule, null);
  const db = await getDb();
  const readQuality = async () => ((await db.image.findUnique({ where: { id: imageId }, select: { quality: true } }))?.quality ?? null) as StoredQuality | null;
  let quality = await readQuality();
  if (!quality) {
    await analyzeStoredImage(imageId).catch((error: unknown) => console.warn(`[faces] quality of base ${imageId}: ${(error as Error).message}`));
    quality = await readQuality();
  }
  return decideAutoApproval(rule, quality);
}

/**
 * After the base generation: checks the draft, approves it as the seed (when the batch's autoApprove
 * rule lets it; else the persona waits in review, `review`) and prepares the variations.
 * A stage that fails is recorded (with `jobError`, the image job's own failure, when the generation
 * recorded no reason) and `stopped` ends the persona. One step for three short stages, because every
 * step costs a round trip through the job driver and a write of the run's state.
 */
export async function continueAfterBase(avatarId: string, jobError: string | null): Promise<{ stopped: boolean; review?: boolean; generationId: string | null }> {
  // One load serves the checks up to the approval (nothing before it changes the persona or its avatar);
  // the variations are prepared from the approved avatar, loaded again.
  const persona = await loadBatchPersona(avatarId);
  if (persona.status === "cancelled") return { stopped: true, generationId: null };
  const base = await settlePersonaBase(persona);
  if (!base.ok) {
    await recordPersonaFailure(avatarId, "base", base.reason ?? jobError ?? "No base image was generated");
    return { stopped: true, generationId: null };
  }
  // An approved base (a retry, or a person approved it from the review queue) is not judged again.
  if (!persona.avatar.appearanceLocked) {
    const decision = await autoApproval(persona);
    if (!decision.approve) {
      await holdPersonaForReview(avatarId, decision.reason);
      return { stopped: true, review: true, generationId: null };
    }
  }
  const approved = await approvePersonaBase(persona);
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
