"use server";

import { redirect } from "next/navigation";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { createProject } from "@/lib/projects/create-project";
import { createProjectSchema } from "@/lib/projects/project-schemas";

export const createProjectAction = validatedActionWithUser(createProjectSchema, async (input, user) => {
  const project = await createProject(user.id, input);
  redirect(`/projects/${project.id}`);
});
