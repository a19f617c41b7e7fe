import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import { measureQuality } from "@/lib/faces/measure-quality";
import { imageFacts } from "@/lib/images/image-facts";
import { makeThumbnail } from "@/lib/images/make-thumbnail";
import { validateImageUpload } from "@/lib/images/validate-upload";
import { refuseExplicitUpload } from "@/lib/safety/refuse-explicit-upload";
import { getStorage } from "@/lib/storage";
import { avatarImageKey, avatarThumbnailKey, extensionForMimeType } from "@/lib/storage/storage-keys";

export interface UploadedFile {
  data: Buffer;
  claimedType: string;
  filename?: string;
}

/**
 * Validates and re-encodes an uploaded image, refuses an explicit one (unless the project allows it), stores it and its thumbnail, and returns the image row
 * to write. `discard` removes the files again if the caller's database write fails, so a failed upload
 * leaves nothing behind.
 */
export async function storeBaseImageUpload(file: UploadedFile, target: { projectId: string; avatarId: string; userId: string }) {
  const image = await validateImageUpload(file);
  const safety = await refuseExplicitUpload(image.data, target.projectId);
  const imageId = randomUUID();
  const storage = getStorage();
  const storageKey = avatarImageKey(target.projectId, target.avatarId, imageId, extensionForMimeType(image.mimeType));
  const thumbnailKey = avatarThumbnailKey(target.projectId, target.avatarId, imageId);
  const thumbnail = await makeThumbnail(image.data);
  const facts = await imageFacts(image.data);
  const { quality } = await measureQuality(image.data, "upload");
  await storage.put(storageKey, image.data, image.mimeType);
  await storage.put(thumbnailKey, thumbnail.data, thumbnail.mimeType);
  const row: Prisma.ImageUncheckedCreateInput = {
    id: imageId,
    avatarId: target.avatarId,
    kind: "base",
    storageKey,
    thumbnailKey,
    mimeType: image.mimeType,
    width: facts.width,
    height: facts.height,
    sizeBytes: facts.sizeBytes,
    md5: facts.md5,
    source: "upload",
    provider: "upload",
    createdById: target.userId,
    quality: quality as unknown as Prisma.InputJsonValue,
    safety: safety as unknown as Prisma.InputJsonValue,
  };
  return {
    row,
    discard: async () => {
      await Promise.allSettled([storage.delete(storageKey), storage.delete(thumbnailKey)]);
    },
  };
}
