import { approveSeedImage } from "@/lib/avatars/approve-seed-image";
import { getDb } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { getImageOrThrow } from "@/lib/images/get-image-or-throw";
import { getReviewTargetOrThrow } from "./get-review-target-or-throw";

/**
 * Keeps an item of the review queue: an image made from the seed is marked kept; a waiting base is
 * approved (approveSeedImage: the look is locked, and a batch waiting for it goes on). Returns the image.
 */
export async function keepReviewItem(ownerId: string, imageId: string) {
  const target = await getReviewTargetOrThrow(ownerId, imageId);
  const db = await getDb();
  if (target.kind === "base") {
    await approveSeedImage(ownerId, target.image.avatarId);
    if (target.image.review === "needs_review") await db.image.update({ where: { id: imageId }, data: { review: "kept" } });
  } else {
    const { count } = await db.image.updateMany({ where: { id: imageId, review: "needs_review" }, data: { review: "kept" } });
    if (count === 0) throw new ConflictError("This image is not waiting for review: there is nothing to keep or reject");
  }
  return getImageOrThrow(ownerId, imageId);
}
