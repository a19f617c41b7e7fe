"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { projectIdField } from "@/lib/projects/project-schemas";
import { createTrainingPrompt } from "@/lib/training/create-training-prompt";
import { trainingPromptTextSchema } from "@/lib/training/training-prompt-schemas";

export const createTrainingPromptAction = validatedActionWithUser(
  z.strictObject({ ...projectIdField, text: trainingPromptTextSchema }),
  async ({ projectId, text }, user) => {
    const prompt = await createTrainingPrompt(user.id, projectId, { text });
    revalidatePath(`/projects/${projectId}/prompts`);
    return prompt;
  },
  // A duplicate (409) or the project's limit (400) belongs beside the text field, like validation errors.
  { errorField: "text" },
);
