import { getDb } from "@/lib/db/client";
import { getAvatarOrThrow } from "./get-avatar-or-throw";
import { getSeedStateOrThrow } from "./get-seed-state-or-throw";
import { recordUsage } from "./record-usage";
import { assertCanReject } from "./seed-image-rules";

/** Rejects the current draft, with an optional reason; the persona then needs a replacement. */
export async function rejectSeedImage(ownerId: string, avatarId: string, reason?: string) {
  const avatar = await getSeedStateOrThrow(ownerId, avatarId);
  assertCanReject(avatar);
  const db = await getDb();
  await db.avatar.update({ where: { id: avatarId }, data: { baseImageStatus: "rejected", rejectionReason: reason || null } });
  await recordUsage(avatarId, "rejected", ownerId, { imageId: avatar.baseImageId, ...(reason ? { reason } : {}) });
  return getAvatarOrThrow(ownerId, avatarId);
}
