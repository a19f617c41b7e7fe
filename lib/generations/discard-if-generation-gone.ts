import { getDb } from "@/lib/db/client";
import { getStorage } from "@/lib/storage";

/**
 * For a job step that has just stored `keys`: when its generation is gone (its avatar or project was
 * deleted meanwhile, and its rows with it), deletes those files again and says so, and the step ends
 * quietly. A delete removes its rows before its files, so a file stored before this check is either
 * named by a row or removed by the delete's own sweep; one stored after the delete is removed here.
 */
export async function discardIfGenerationGone(generationId: string, keys: string[]): Promise<boolean> {
  const db = await getDb();
  if (await db.generation.findUnique({ where: { id: generationId }, select: { id: true } })) return false;
  const storage = getStorage();
  await Promise.all(
    keys.map((key) =>
      // The storage sweep (npm run storage:gc) removes it later if this fails.
      storage.delete(key).catch((error) => console.error(`Could not delete ${key} of deleted generation ${generationId}:`, error)),
    ),
  );
  return true;
}
