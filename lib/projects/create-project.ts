import { getDb } from "@/lib/db/client";
import type { CreateProjectInput } from "./project-schemas";
import { projectSelect, toProjectView } from "./project-view";

export async function createProject(ownerId: string, input: CreateProjectInput) {
  const db = await getDb();
  const row = await db.project.create({
    data: { ownerId, name: input.name, description: input.description ?? null },
    select: projectSelect,
  });
  return toProjectView(row);
}
