import { getDb } from "@/lib/db/client";
import { BadRequestError } from "@/lib/errors";
import { getAvatarOrThrow } from "./get-avatar-or-throw";
import { getSeedStateOrThrow } from "./get-seed-state-or-throw";
import { recordUsage } from "./record-usage";
import { assertCanReplaceBase } from "./seed-image-rules";

/** Makes one of the avatar's base-image versions (a candidate or an older one) the current draft. */
export async function selectBaseVersion(ownerId: string, avatarId: string, imageId: string) {
  const avatar = await getSeedStateOrThrow(ownerId, avatarId);
  assertCanReplaceBase(avatar);
  const db = await getDb();
  const image = await db.image.findFirst({ where: { id: imageId, avatarId, kind: "base" }, select: { id: true } });
  if (!image) throw new BadRequestError("imageId: not a base image of this avatar");
  await db.avatar.update({ where: { id: avatarId }, data: { baseImageId: imageId, baseImageStatus: "draft", rejectionReason: null } });
  await recordUsage(avatarId, "version_selected", ownerId, { imageId });
  return getAvatarOrThrow(ownerId, avatarId);
}
