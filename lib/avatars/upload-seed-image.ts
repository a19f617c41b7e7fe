import { getDb } from "@/lib/db/client";
import { imageSelect, toImageView } from "@/lib/images/image-view";
import { getAvatarOrThrow } from "./get-avatar-or-throw";
import { getSeedStateOrThrow } from "./get-seed-state-or-throw";
import { recordUsage } from "./record-usage";
import { assertCanReplaceBase } from "./seed-image-rules";
import { storeBaseImageUpload, type UploadedFile } from "./store-base-image-upload";

/** Uploads a new base-image version and makes it the draft. Refused while the look is locked. */
export async function uploadSeedImage(ownerId: string, avatarId: string, file: UploadedFile) {
  const avatar = await getSeedStateOrThrow(ownerId, avatarId);
  assertCanReplaceBase(avatar);
  const upload = await storeBaseImageUpload(file, { projectId: avatar.projectId, avatarId, userId: ownerId });
  const db = await getDb();
  try {
    const image = await db.$transaction(async (tx) => {
      const image = await tx.image.create({ data: upload.row, select: imageSelect });
      const { count } = await tx.avatar.updateMany({
        where: { id: avatarId, appearanceLocked: false },
        data: { baseImageId: image.id, baseImageStatus: "draft", rejectionReason: null },
      });
      if (count === 0) throw new Error("Appearance was locked while uploading");
      return image;
    });
    await recordUsage(avatarId, "uploaded", ownerId, { imageId: image.id });
    return { avatar: await getAvatarOrThrow(ownerId, avatarId), image: toImageView(image) };
  } catch (error) {
    await upload.discard();
    throw error;
  }
}
