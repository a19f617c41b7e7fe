import { makeThumbnail } from "@/lib/images/make-thumbnail";
import { getStorage } from "@/lib/storage";
import { avatarImageKey, avatarThumbnailKey } from "@/lib/storage/storage-keys";
import type { GenerationJob } from "./load-generation-job";

/**
 * Makes the 300×300 thumbnail of image `index` from its stored original's bytes; idempotent (same key,
 * same bytes). Part of saveGeneratedImage, which reads the original once for the thumbnail and the row.
 */
export async function storeImageThumbnail(job: GenerationJob, index: number, original: Buffer) {
  const { avatar, plan } = job;
  const item = plan[index];
  const storage = getStorage();
  const key = avatarThumbnailKey(avatar.projectId, avatar.id, item.imageId);
  const thumbnail = await makeThumbnail(original);
  await storage.put(key, thumbnail.data, thumbnail.mimeType);
  // Grid variations: the grid they were cut from gets its thumbnail once, with the first.
  if (item.gridImageId && index === 0) {
    const grid = await storage.get(avatarImageKey(avatar.projectId, avatar.id, item.gridImageId, "png"));
    if (grid) {
      const gridThumbnail = await makeThumbnail(grid.data);
      await storage.put(avatarThumbnailKey(avatar.projectId, avatar.id, item.gridImageId), gridThumbnail.data, gridThumbnail.mimeType);
    }
  }
}
