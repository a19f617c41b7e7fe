import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { UpdateProjectInput } from "./project-schemas";
import { projectSelect, toProjectView } from "./project-view";

export async function updateProject(ownerId: string, projectId: string, input: UpdateProjectInput) {
  const db = await getDb();
  const { count } = await db.project.updateMany({
    where: { id: projectId, ownerId },
    data: {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.settings?.identityThreshold !== undefined ? { identityThreshold: input.settings.identityThreshold } : {}),
    },
  });
  if (count === 0) throw new NotFoundError("Project");
  const row = await db.project.findFirstOrThrow({ where: { id: projectId, ownerId }, select: projectSelect });
  return toProjectView(row);
}
