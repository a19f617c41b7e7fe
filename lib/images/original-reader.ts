import { getStorage } from "@/lib/storage";

/**
 * A stored image's original bytes, read on first use and only once: the checks of one step share it, and
 * a check that measures nothing (an illustration) never reads the file.
 */
export function originalReader(image: { id: string; storageKey: string }): () => Promise<Buffer> {
  let read: Promise<Buffer> | undefined;
  return () =>
    (read ??= getStorage()
      .get(image.storageKey)
      .then((stored) => {
        if (!stored) throw new Error(`Original of image ${image.id} is missing from storage`);
        return stored.data;
      }));
}
