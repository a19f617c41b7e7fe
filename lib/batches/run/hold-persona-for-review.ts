import { VARIATION_COUNT } from "@/lib/avatars/create-variations-generation";
import { refreshBatchCounters } from "@/lib/batches/refresh-batch-counters";
import { getDb } from "@/lib/db/client";
import type { BatchPersonaStage } from "./persona-stages";

/**
 * The persona's base did not pass the batch's autoApprove rule: it waits in the project's review queue
 * (persona needs_review, its base image review needs_review) and no variation is made for it. The batch
 * gives back the variations it reserved for it (imagesTotal), so its quota reservation and the usage
 * page count only what will run; approving the base later reserves them again. The status change is
 * conditional, so a step that runs twice gives them back once.
 */
export async function holdPersonaForReview(avatarId: string, reason: string) {
  const db = await getDb();
  const held = await db.$transaction(async (tx) => {
    const persona = await tx.batchPersona.findUnique({ where: { avatarId }, select: { batchId: true, avatar: { select: { baseImageId: true } } } });
    if (!persona) return null;
    const { count } = await tx.batchPersona.updateMany({
      where: { avatarId, status: "running" },
      data: { status: "needs_review", stage: "approve" satisfies BatchPersonaStage, errorMessage: reason.slice(0, 2000), finishedAt: new Date() },
    });
    if (count) {
      await tx.batch.update({ where: { id: persona.batchId }, data: { imagesTotal: { decrement: VARIATION_COUNT } } });
      if (persona.avatar.baseImageId) await tx.image.updateMany({ where: { id: persona.avatar.baseImageId, review: null }, data: { review: "needs_review" } });
    }
    return persona.batchId;
  });
  if (held) await refreshBatchCounters(held);
  return { status: "needs_review" as const, reason };
}
