import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { generationSelect } from "./generation-view";

/** The generation if its project belongs to `ownerId`; another user's reads exactly like a missing one. */
export async function getGenerationOrThrow(ownerId: string, generationId: string) {
  const db = await getDb();
  const generation = await db.generation.findFirst({ where: { id: generationId, project: { ownerId } }, select: generationSelect });
  if (!generation) throw new NotFoundError("Generation");
  return generation;
}
