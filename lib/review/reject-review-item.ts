import { getSeedStateOrThrow } from "@/lib/avatars/get-seed-state-or-throw";
import { createVariationsGeneration } from "@/lib/avatars/create-variations-generation";
import { rejectSeedImage } from "@/lib/avatars/reject-seed-image";
import { requestSeedGeneration } from "@/lib/avatars/request-seed-generation";
import { assertApprovedBase } from "@/lib/avatars/seed-image-rules";
import { getDb } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { enqueueGeneration } from "@/lib/generations/enqueue-generation";
import { deleteImageFiles } from "@/lib/images/delete-image-files";
import { getImageProviderFor } from "@/lib/providers/image";
import { requestTrainingSet } from "@/lib/training/request-training-set";
import { assertReplacementFits } from "./assert-replacement-fits";
import { getReviewTargetOrThrow, replacementPose, replacementProvider, type ReviewTarget } from "./get-review-target-or-throw";

/**
 * Rejects an item of the review queue and asks for its replacement through the usual generation
 * requests (quota, usage and estimates apply): an image made from the seed is deleted and one new image
 * of its kind (a variation in its pose) is made from the seed with the provider that made it; a waiting base is rejected
 * (rejectSeedImage) and a new base image is generated. Returns the queued generation.
 */
export async function rejectReviewItem(ownerId: string, imageId: string, { reason }: { reason?: string } = {}) {
  const target = await getReviewTargetOrThrow(ownerId, imageId);
  if (target.kind === "base") return replaceWaitingBase(ownerId, target, reason);
  return target.image.kind === "training" ? replaceTrainingImage(ownerId, target) : replaceVariation(ownerId, target);
}

async function replaceWaitingBase(ownerId: string, target: ReviewTarget, reason?: string) {
  const provider = getImageProviderFor(replacementProvider(target), {});
  await assertReplacementFits(ownerId, provider);
  await rejectSeedImage(ownerId, target.image.avatarId, reason);
  if (target.image.review === "needs_review") {
    const db = await getDb();
    await db.image.update({ where: { id: target.image.id }, data: { review: null } });
  }
  return requestSeedGeneration(ownerId, target.image.avatarId, { provider: provider.name, candidates: 1 });
}

/** The new variation's row and the rejected image's deletion are one transaction: a refusal deletes nothing. */
async function replaceVariation(ownerId: string, target: ReviewTarget) {
  const avatar = await getSeedStateOrThrow(ownerId, target.image.avatarId);
  const db = await getDb();
  const generation = await db.$transaction(async (tx) => {
    const created = await createVariationsGeneration(tx, ownerId, avatar, replacementProvider(target), "separate", undefined, [replacementPose(target)]);
    await tx.image.delete({ where: { id: target.image.id } });
    return created;
  });
  await deleteImageFiles(target.image);
  return enqueueGeneration(generation);
}

/** Deleting the image leaves its training item without one: the training request then makes just that item again. */
async function replaceTrainingImage(ownerId: string, target: ReviewTarget) {
  const item = target.image.trainingItem;
  if (!item) throw new ConflictError("This training image has no training prompt left to make it again from");
  const provider = getImageProviderFor(replacementProvider(target), { reference: true });
  assertApprovedBase(await getSeedStateOrThrow(ownerId, target.image.avatarId));
  await assertReplacementFits(ownerId, provider);
  const db = await getDb();
  await db.image.delete({ where: { id: target.image.id } });
  await deleteImageFiles(target.image);
  return requestTrainingSet(ownerId, target.image.avatarId, { prompts: [item.prompt], provider: provider.name });
}
