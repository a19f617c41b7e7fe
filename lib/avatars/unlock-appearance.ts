import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { getAvatarOrThrow } from "./get-avatar-or-throw";
import { getSeedStateOrThrow } from "./get-seed-state-or-throw";
import { recordUsage } from "./record-usage";
import { assertCanUnlock } from "./seed-image-rules";

/** Unlocks an approved look on purpose, so its base image can be replaced (it goes back to draft). */
export async function unlockAppearance(ownerId: string, avatarId: string) {
  const avatar = await getSeedStateOrThrow(ownerId, avatarId);
  assertCanUnlock(avatar);
  const db = await getDb();
  await db.avatar.update({ where: { id: avatarId }, data: { appearanceLocked: false, baseImageStatus: "draft", seedDescriptor: Prisma.DbNull } });
  await recordUsage(avatarId, "unlocked", ownerId, { imageId: avatar.baseImageId });
  return getAvatarOrThrow(ownerId, avatarId);
}
