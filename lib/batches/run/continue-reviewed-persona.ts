import { randomUUID } from "node:crypto";
import { VARIATION_COUNT } from "@/lib/avatars/create-variations-generation";
import { variationCallShare } from "@/lib/avatars/variations-mode";
import { enqueueBatchRun } from "@/lib/batches/enqueue-batch-run";
import { refreshBatchCounters } from "@/lib/batches/refresh-batch-counters";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertWithinQuota } from "@/lib/usage/reserve-usage";
import type { BatchPersonaStage } from "./persona-stages";

const ENDED = ["completed", "failed"];

/**
 * A person approved the base of a batch persona that waited in review (approveSeedImage calls this for
 * every approval; anything else is left alone): its batch continues with that persona's variations.
 * The batch reserves them again (imagesTotal, checked against the quota; a refusal fails the persona
 * with the reason, and "retry failed" makes them later). The persona waits as pending: a batch run still
 * going takes it in its next round, an ended batch is reopened and a new run started; a cancelled batch
 * keeps it cancelled, and resuming the batch makes its variations. The batch row is locked, as
 * finish-batch locks it, so the persona is never left between a finishing run and a new one.
 */
export async function continueReviewedPersona(avatarId: string) {
  const db = await getDb();
  const persona = await db.batchPersona.findUnique({ where: { avatarId }, select: { batchId: true, status: true } });
  if (persona?.status !== "needs_review") return { continued: false as const };
  const outcome = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Batch" WHERE "id" = ${persona.batchId} FOR UPDATE`;
    const batch = await tx.batch.findUniqueOrThrow({ where: { id: persona.batchId }, select: { id: true, userId: true, provider: true, status: true, variationsMode: true } });
    const waiting = await tx.batchPersona.findUnique({ where: { avatarId }, select: { status: true, avatar: { select: { baseImageId: true } } } });
    if (waiting?.status !== "needs_review") return null;
    if (waiting.avatar.baseImageId) await tx.image.updateMany({ where: { id: waiting.avatar.baseImageId, review: "needs_review" }, data: { review: "kept" } });
    await tx.batch.update({ where: { id: batch.id }, data: { imagesTotal: { increment: VARIATION_COUNT } } });
    const refusal = await assertWithinQuota(tx, batch.userId, { provider: batch.provider, images: VARIATION_COUNT, callsPerImage: variationCallShare(batch.variationsMode), what: "this approval" }).then(
      () => null,
      (error: unknown) => {
        if (error instanceof AppError && error.code === "quota_exceeded") return error.message;
        throw error;
      },
    );
    const now = new Date();
    if (refusal) {
      await tx.batchPersona.update({
        where: { avatarId },
        data: { status: "failed", stage: "variations" satisfies BatchPersonaStage, errorMessage: `Approved, but its 4 variations do not fit: ${refusal} Retry the failed personas once there is room.`, finishedAt: now },
      });
      return { batch, enqueue: false, refused: refusal };
    }
    const cancelled = batch.status === "cancelled";
    await tx.batchPersona.update({ where: { avatarId }, data: { status: cancelled ? "cancelled" : "pending", errorMessage: null, finishedAt: cancelled ? now : null } });
    const reopen = ENDED.includes(batch.status);
    if (reopen) await tx.batch.update({ where: { id: batch.id }, data: { status: "pending", errorMessage: null, completedAt: null } });
    return { batch, enqueue: reopen, refused: null };
  });
  if (!outcome) return { continued: false as const };
  await refreshBatchCounters(outcome.batch.id);
  if (outcome.enqueue) await enqueueBatchRun(outcome.batch, `review-${avatarId}-${randomUUID()}`);
  return { continued: !outcome.refused, refused: outcome.refused };
}
