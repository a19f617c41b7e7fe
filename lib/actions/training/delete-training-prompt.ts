"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { projectIdField } from "@/lib/projects/project-schemas";
import { deleteTrainingPrompt } from "@/lib/training/delete-training-prompt";
import { recordIdSchema } from "@/lib/validation/record-id";

export const deleteTrainingPromptAction = validatedActionWithUser(
  z.strictObject({ ...projectIdField, promptId: recordIdSchema("Prompt") }),
  async ({ projectId, promptId }, user) => {
    await deleteTrainingPrompt(user.id, projectId, promptId);
    revalidatePath(`/projects/${projectId}/prompts`);
  },
);
