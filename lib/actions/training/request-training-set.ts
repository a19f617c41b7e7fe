"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fieldsUnder, validatedActionWithUser } from "@/lib/auth/validated-action";
import { trainingSetSchema } from "@/lib/avatars/seed-image-schemas";
import { projectIdField } from "@/lib/projects/project-schemas";
import { requestTrainingSet } from "@/lib/training/request-training-set";
import { recordIdSchema } from "@/lib/validation/record-id";

/** The form always names its prompts; an empty choice is a mistake here, not "use the whole library" as in REST. */
const chosenPrompts = trainingSetSchema.extend({
  prompts: z.array(z.string()).min(1, "Choose at least one prompt, or write your own below").pipe(trainingSetSchema.shape.prompts.unwrap()),
});

/** Checked library prompts (`prompt`, repeated) plus one extra prompt per line of `extraPrompts`. */
function promptsFrom(formData: FormData) {
  const checked = formData.getAll("prompt").filter((value): value is string => typeof value === "string");
  const extra = String(formData.get("extraPrompts") ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  return [...checked, ...extra];
}

export const requestTrainingSetAction = validatedActionWithUser(
  z.object({ avatarId: recordIdSchema("Avatar"), ...projectIdField, input: chosenPrompts }),
  async ({ avatarId, projectId, input }, user) => {
    await requestTrainingSet(user.id, avatarId, input);
    revalidatePath(`/projects/${projectId}/avatars/${avatarId}`);
  },
  {
    toInput: (values, formData) => ({
      avatarId: values.avatarId,
      projectId: values.projectId,
      input: { prompts: promptsFrom(formData), provider: values.provider || undefined },
    }),
    // A bad prompt can only come from the textarea (library prompts are valid), so its error goes there.
    fieldFor: (key) => (key.startsWith("input.prompts") ? "extraPrompts" : fieldsUnder("input")(key)),
  },
);
