"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionUser } from "@/lib/auth/current-user";
import { actionError, validatedActionWithUser, type ActionState } from "@/lib/auth/validated-action";
import { createProject } from "@/lib/projects/create-project";
import { deleteProject } from "@/lib/projects/delete-project";
import { createProjectSchema, projectIdField } from "@/lib/projects/project-schemas";
import { updateProject } from "@/lib/projects/update-project";

export const createProjectAction = validatedActionWithUser(createProjectSchema, async (input, user) => {
  const project = await createProject(user.id, input);
  redirect(`/projects/${project.id}`);
});

export const updateProjectAction = validatedActionWithUser(
  createProjectSchema.extend(projectIdField),
  async ({ projectId, ...input }, user) => {
    const project = await updateProject(user.id, projectId, input);
    revalidatePath(`/projects/${projectId}`);
    return project;
  },
);

export async function deleteProjectAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const projectId = String(formData.get("projectId") ?? "");
  try {
    await deleteProject((await requireActionUser()).id, projectId);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath("/projects");
  redirect("/projects");
}
