import { makeThumbnail } from "@/lib/images/make-thumbnail";
import { getStorage } from "@/lib/storage";
import { avatarImageKey, avatarThumbnailKey } from "@/lib/storage/storage-keys";
import { loadGenerationJob } from "./load-generation-job";
import { setGenerationProgress } from "./set-generation-progress";

/** Makes the 300×300 thumbnail of stored image `index`; idempotent (same key, same bytes). */
export async function storeImageThumbnail(generationId: string, index: number) {
  const { avatar, plan } = await loadGenerationJob(generationId);
  const item = plan[index];
  await setGenerationProgress(generationId, index, plan.length, "thumbnail");
  const storage = getStorage();
  const original = await storage.get(avatarImageKey(avatar.projectId, avatar.id, item.imageId, "png"));
  if (!original) throw new Error(`Original of image ${item.imageId} is missing from storage`);
  const thumbnail = await makeThumbnail(original.data);
  const key = avatarThumbnailKey(avatar.projectId, avatar.id, item.imageId);
  await storage.put(key, thumbnail.data, thumbnail.mimeType);
  // Grid variations: the grid they were cut from gets its thumbnail once, with the first.
  if (item.gridImageId && index === 0) {
    const grid = await storage.get(avatarImageKey(avatar.projectId, avatar.id, item.gridImageId, "png"));
    if (grid) {
      const gridThumbnail = await makeThumbnail(grid.data);
      await storage.put(avatarThumbnailKey(avatar.projectId, avatar.id, item.gridImageId), gridThumbnail.data, gridThumbnail.mimeType);
    }
  }
  return { key };
}
