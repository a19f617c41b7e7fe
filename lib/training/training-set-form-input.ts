import { z } from "zod";
import { trainingSetSchema } from "@/lib/avatars/seed-image-schemas";

/** The form always names its prompts; an empty choice is a mistake here, not "use the whole library" as in REST. */
export const chosenPromptsSchema = trainingSetSchema.extend({
  prompts: z.array(z.string()).min(1, "Choose at least one prompt, or write your own below").pipe(trainingSetSchema.shape.prompts.unwrap()),
});

/** Checked library prompts (`prompt`, repeated) plus one extra prompt per line of `extraPrompts`. */
function promptsFrom(formData: FormData) {
  const checked = formData.getAll("prompt").filter((value): value is string => typeof value === "string");
  const extra = String(formData.get("extraPrompts") ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  return [...checked, ...extra];
}

/** The training-set form's fields in the shape its actions check (request and estimate alike). */
export function trainingSetInputFromForm(values: Record<string, string>, formData: FormData) {
  return {
    avatarId: values.avatarId,
    projectId: values.projectId,
    input: { prompts: promptsFrom(formData), provider: values.provider || undefined },
  };
}
