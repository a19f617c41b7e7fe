import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

/**
 * Throws not found unless the project is the owner's (as getProjectOrThrow does), reading only its id:
 * no counts, for the lists that run on every page view of a large project.
 */
export async function assertProjectOwner(ownerId: string, projectId: string) {
  const db = await getDb();
  const row = await db.project.findFirst({ where: { id: projectId, ownerId }, select: { id: true } });
  if (!row) throw new NotFoundError("Project");
}
