"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { deleteProject } from "@/lib/projects/delete-project";
import { projectIdField } from "@/lib/projects/project-schemas";

export const deleteProjectAction = validatedActionWithUser(z.strictObject(projectIdField), async ({ projectId }, user) => {
  await deleteProject(user.id, projectId);
  revalidatePath("/projects");
  redirect("/projects");
});
