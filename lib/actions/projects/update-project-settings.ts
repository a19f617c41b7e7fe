"use server";

import { revalidatePath } from "next/cache";
import { fieldsUnder, validatedActionWithUser } from "@/lib/auth/validated-action";
import { projectSettingsFormInput, projectSettingsFormSchema } from "@/lib/projects/project-settings-form";
import { updateProject } from "@/lib/projects/update-project";

export const updateProjectSettingsAction = validatedActionWithUser(
  projectSettingsFormSchema,
  async ({ projectId, settings }, user) => {
    const project = await updateProject(user.id, projectId, { description: undefined, settings });
    revalidatePath(`/projects/${projectId}`, "layout");
    return project.settings;
  },
  { toInput: projectSettingsFormInput, fieldFor: fieldsUnder("settings"), invalidMessage: "Check the settings marked below" },
);
