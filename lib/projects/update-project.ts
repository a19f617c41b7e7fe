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
      ...definedSettings(input.settings),
    },
  });
  if (count === 0) throw new NotFoundError("Project");
  const row = await db.project.findFirstOrThrow({ where: { id: projectId, ownerId }, select: projectSelect });
  return toProjectView(row);
}

/** The settings the request named; an omitted one keeps its value. */
function definedSettings(settings: UpdateProjectInput["settings"]) {
  return Object.fromEntries(Object.entries(settings ?? {}).filter(([, value]) => value !== undefined));
}
