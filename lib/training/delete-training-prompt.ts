import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

/** Removes one of the project's own prompts; images already made from it stay in the avatars' training sets. */
export async function deleteTrainingPrompt(ownerId: string, projectId: string, promptId: string) {
  const db = await getDb();
  const { count } = await db.trainingPrompt.deleteMany({ where: { id: promptId, projectId, project: { ownerId } } });
  if (count === 0) throw new NotFoundError("Training prompt");
}
