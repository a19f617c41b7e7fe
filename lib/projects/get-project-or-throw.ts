import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { projectSelect, toProjectView } from "./project-view";

/** The owner's project; another user's project reads exactly like a missing one. */
export async function getProjectOrThrow(ownerId: string, projectId: string) {
  const db = await getDb();
  const row = await db.project.findFirst({ where: { id: projectId, ownerId }, select: projectSelect });
  if (!row) throw new NotFoundError("Project");
  return toProjectView(row);
}
