import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { deleteStoredFiles } from "@/lib/storage/delete-stored-files";
import { projectPrefix } from "@/lib/storage/storage-keys";

/** Deletes a project, everything it owns (rows cascade) and its stored files. */
export async function deleteProject(ownerId: string, projectId: string) {
  const db = await getDb();
  const { count } = await db.project.deleteMany({ where: { id: projectId, ownerId } });
  if (count === 0) throw new NotFoundError("Project");
  await deleteStoredFiles(projectPrefix(projectId));
}
