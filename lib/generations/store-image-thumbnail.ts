import { makeThumbnail } from "@/lib/images/make-thumbnail";
import { getStorage } from "@/lib/storage";
import { avatarImageKey, avatarThumbnailKey } from "@/lib/storage/storage-keys";
import { discardIfGenerationGone } from "./discard-if-generation-gone";
import { findGenerationJob } from "./load-generation-job";
import { setGenerationProgress } from "./set-generation-progress";

/**
 * Makes the 300×300 thumbnail of stored image `index`; idempotent (same key, same bytes). `gone` when
 * the generation was deleted with its avatar or project: then what this step wrote is deleted again.
 */
export async function storeImageThumbnail(generationId: string, index: number) {
  const job = await findGenerationJob(generationId);
  if (!job) return { key: null, gone: true };
  const { avatar, plan } = job;
  const item = plan[index];
  await setGenerationProgress(generationId, index, plan.length, "thumbnail");
  const storage = getStorage();
  const originalKey = avatarImageKey(avatar.projectId, avatar.id, item.imageId, "png");
  const key = avatarThumbnailKey(avatar.projectId, avatar.id, item.imageId);
  const original = await storage.get(originalKey);
  if (!original) {
    if (await discardIfGenerationGone(generationId, [originalKey])) return { key: null, gone: true };
    throw new Error(`Original of image ${item.imageId} is missing from storage`);
  }
  const thumbnail = await makeThumbnail(original.data);
  await storage.put(key, thumbnail.data, thumbnail.mimeType);
  // Grid variations: the grid they were cut from gets its thumbnail once, with the first.
  if (item.gridImageId && index === 0) {
    const grid = await storage.get(avatarImageKey(avatar.projectId, avatar.id, item.gridImageId, "png"));
    if (grid) {
      const gridThumbnail = await makeThumbnail(grid.data);
      await storage.put(avatarThumbnailKey(avatar.projectId, avatar.id, item.gridImageId), gridThumbnail.data, gridThumbnail.mimeType);
    }
  }
  if (await discardIfGenerationGone(generationId, [originalKey, key])) return { key: null, gone: true };
  return { key, gone: false };
}
