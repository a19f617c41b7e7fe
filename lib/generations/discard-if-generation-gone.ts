import { getDb } from "@/lib/db/client";
import { getStorage } from "@/lib/storage";
import { generationCallState, type GenerationCallState } from "./is-generation-cancelled";

/** Deletes files a step stored for a generation that is gone; the storage sweep (npm run storage:gc) removes any it cannot. */
async function deleteStoredFiles(generationId: string, keys: string[]) {
  const storage = getStorage();
  await Promise.all(
    keys.map((key) => storage.delete(key).catch((error) => console.error(`Could not delete ${key} of deleted generation ${generationId}:`, error))),
  );
}

/**
 * For a job step that has just stored `keys`: when its generation is gone (its avatar or project was
 * deleted meanwhile, and its rows with it), deletes those files again and says so, and the step ends
 * quietly. A delete removes its rows before its files, so a file stored before this check is either
 * named by a row or removed by the delete's own sweep; one stored after the delete is removed here.
 */
export async function discardIfGenerationGone(generationId: string, keys: string[]): Promise<boolean> {
  const db = await getDb();
  if (await db.generation.findUnique({ where: { id: generationId }, select: { id: true } })) return false;
  await deleteStoredFiles(generationId, keys);
  return true;
}

/**
 * discardIfGenerationGone after a provider call's file is stored, and whether the generation was
 * cancelled meanwhile, in one read: "gone" (the files deleted again), "cancelled" or "live".
 */
export async function stateAfterStore(generationId: string, keys: string[]): Promise<GenerationCallState> {
  const state = await generationCallState(generationId);
  if (state === "gone") await deleteStoredFiles(generationId, keys);
  return state;
}
