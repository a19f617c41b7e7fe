"use server";

import { revalidatePath } from "next/cache";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { createProjectSchema, projectIdField } from "@/lib/projects/project-schemas";
import { updateProject } from "@/lib/projects/update-project";

export const updateProjectAction = validatedActionWithUser(createProjectSchema.extend(projectIdField), async ({ projectId, ...input }, user) => {
  const project = await updateProject(user.id, projectId, input);
  revalidatePath(`/projects/${projectId}`);
  return project;
});
