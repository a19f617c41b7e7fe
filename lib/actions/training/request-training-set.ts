"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fieldsUnder, validatedActionWithUser } from "@/lib/auth/validated-action";
import { projectIdField } from "@/lib/projects/project-schemas";
import { requestTrainingSet } from "@/lib/training/request-training-set";
import { chosenPromptsSchema, trainingSetInputFromForm } from "@/lib/training/training-set-form-input";
import { recordIdSchema } from "@/lib/validation/record-id";

export const requestTrainingSetAction = validatedActionWithUser(
  z.strictObject({ avatarId: recordIdSchema("Avatar"), ...projectIdField, input: chosenPromptsSchema }),
  async ({ avatarId, projectId, input }, user) => {
    await requestTrainingSet(user.id, avatarId, input);
    revalidatePath(`/projects/${projectId}/avatars/${avatarId}`);
  },
  {
    toInput: trainingSetInputFromForm,
    // A bad prompt can only come from the textarea (library prompts are valid), so its error goes there.
    fieldFor: (key) => (key.startsWith("input.prompts") ? "extraPrompts" : fieldsUnder("input")(key)),
  },
);
