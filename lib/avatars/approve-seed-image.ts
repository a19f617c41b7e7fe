import { getDb } from "@/lib/db/client";
import { BadRequestError } from "@/lib/errors";
import { continueReviewedPersona } from "@/lib/batches/run/continue-reviewed-persona";
import { ensureSeedDescriptor } from "@/lib/faces/ensure-seed-descriptor";
import { getAvatarOrThrow } from "./get-avatar-or-throw";
import { getSeedStateOrThrow } from "./get-seed-state-or-throw";
import { recordUsage } from "./record-usage";
import { assertCanApprove } from "./seed-image-rules";

/**
 * Approves the base image (or picks `imageId`, one of the avatar's base-image versions, and approves
 * it): the look is locked from now on. A batch persona whose base waited in review continues: its
 * batch makes its variations.
 */
export async function approveSeedImage(ownerId: string, avatarId: string, imageId?: string, actorId: string | null = ownerId) {
  const avatar = await getSeedStateOrThrow(ownerId, avatarId);
  assertCanApprove(avatar, imageId);
  const db = await getDb();
  const chosen = imageId ?? avatar.baseImageId!;
  const image = await db.image.findFirst({ where: { id: chosen, avatarId, kind: "base" }, select: { id: true } });
  if (!image) throw new BadRequestError("imageId: not a base image of this avatar");
  const { count } = await db.avatar.updateMany({
    where: { id: avatarId, appearanceLocked: false },
    data: { baseImageId: chosen, baseImageStatus: "approved", appearanceLocked: true, rejectionReason: null },
  });
  if (count === 0) throw new BadRequestError("Baseline is already approved");
  await recordUsage(avatarId, "approved", actorId, { imageId: chosen });
  // The seed's face is measured once, now; if that fails the first identity check measures it instead.
  await ensureSeedDescriptor(avatarId).catch((error: unknown) => console.warn(`[faces] seed descriptor of ${avatarId}: ${(error as Error).message}`));
  await continueReviewedPersona(avatarId);
  return getAvatarOrThrow(ownerId, avatarId);
}
