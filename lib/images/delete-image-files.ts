import { getStorage } from "@/lib/storage";

/**
 * Deletes an image's file and thumbnail after its row is gone. A storage failure is logged, not thrown:
 * the row is already deleted, and the storage sweep (collectGarbage) removes what is left behind.
 */
export async function deleteImageFiles(image: { storageKey: string; thumbnailKey: string }) {
  for (const key of [image.storageKey, image.thumbnailKey]) {
    try {
      await getStorage().delete(key);
    } catch (error) {
      console.error(`Could not delete stored file ${key}; the storage sweep will remove it:`, error);
    }
  }
}
