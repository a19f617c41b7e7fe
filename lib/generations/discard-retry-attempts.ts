import { getDb } from "@/lib/db/client";
import { getStorage } from "@/lib/storage";
import { avatarPrefix, parseImageKey } from "@/lib/storage/storage-keys";

/**
 * After a cancel has been written: deletes the files of drifted-image re-makes its runs had stored and not
 * yet kept or deleted (a run stopped between its steps never gets to). No row names them; a re-make that
 * finishes after the cancel deletes its own file (generateRetryImage). Failures are logged, never thrown:
 * the storage sweep removes what is left.
 */
export async function discardRetryAttempts(generationIds: string[]) {
  if (generationIds.length === 0) return;
  const db = await getDb();
  const generations = await db.generation.findMany({
    where: { id: { in: generationIds } },
    select: { id: true, projectId: true, avatarId: true },
  });
  const storage = getStorage();
  for (const generation of generations) {
    if (!generation.avatarId) continue;
    const attempt = new RegExp(`^${generation.id}i\\d+r\\d+$`);
    try {
      for await (const listed of storage.list(avatarPrefix(generation.projectId, generation.avatarId))) {
        const imageId = parseImageKey(listed.key)?.imageId;
        if (imageId && attempt.test(imageId)) await storage.delete(listed.key);
      }
    } catch (error) {
      console.error(`Could not delete the re-made images of cancelled generation ${generation.id}:`, error);
    }
  }
}
