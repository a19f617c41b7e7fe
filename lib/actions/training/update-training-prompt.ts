"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { projectIdField } from "@/lib/projects/project-schemas";
import { trainingPromptTextSchema } from "@/lib/training/training-prompt-schemas";
import { updateTrainingPrompt } from "@/lib/training/update-training-prompt";
import { recordIdSchema } from "@/lib/validation/record-id";

export const updateTrainingPromptAction = validatedActionWithUser(
  z.strictObject({ ...projectIdField, promptId: recordIdSchema("Prompt"), text: trainingPromptTextSchema }),
  async ({ projectId, promptId, text }, user) => {
    const prompt = await updateTrainingPrompt(user.id, projectId, promptId, { text });
    revalidatePath(`/projects/${projectId}/prompts`);
    return prompt;
  },
  // A duplicate (409) belongs beside the text field, like validation errors.
  { errorField: "text" },
);
