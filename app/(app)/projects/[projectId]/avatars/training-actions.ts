"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActionUser } from "@/lib/auth/current-user";
import { actionError, formValues, zodFieldErrors, type ActionState } from "@/lib/auth/validated-action";
import { trainingSetSchema } from "@/lib/avatars/seed-image-schemas";
import { requestTrainingSet } from "@/lib/training/request-training-set";
import { retryFailedTrainingItems } from "@/lib/training/retry-failed-training-items";

const avatarFields = z.object({ avatarId: z.string().min(1), projectId: z.string().min(1) });

/** Checked library prompts (`prompt`, repeated) plus one extra prompt per line of `extraPrompts`. */
function promptsFrom(formData: FormData) {
  const checked = formData.getAll("prompt").filter((value): value is string => typeof value === "string");
  const extra = String(formData.get("extraPrompts") ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  return { checked, extra };
}

export async function requestTrainingSetAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const target = avatarFields.safeParse(values);
  if (!target.success) return { error: "Missing avatar" };
  const { checked, extra } = promptsFrom(formData);
  if (checked.length + extra.length === 0) {
    const message = "Choose at least one prompt, or write your own below";
    return { error: message, fieldErrors: { extraPrompts: [message] }, values };
  }
  const parsed = trainingSetSchema.safeParse({ prompts: [...checked, ...extra], provider: values.provider || undefined });
  if (!parsed.success) {
    const fields = zodFieldErrors(parsed.error);
    // A bad prompt can only come from the textarea (library prompts are valid), so its error goes there.
    const promptErrors = Object.entries(fields).filter(([key]) => key.startsWith("prompts")).flatMap(([, messages]) => messages);
    const fieldErrors = { ...fields, ...(promptErrors.length ? { extraPrompts: promptErrors } : {}) };
    return { error: Object.values(fields)[0]?.[0] ?? "Check the form", fieldErrors, values };
  }
  try {
    const user = await requireActionUser();
    await requestTrainingSet(user.id, target.data.avatarId, parsed.data);
  } catch (error) {
    return actionError(error, values);
  }
  revalidatePath(`/projects/${target.data.projectId}/avatars/${target.data.avatarId}`);
  return { ok: Date.now() };
}

export async function retryFailedTrainingAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const target = avatarFields.safeParse(formValues(formData));
  if (!target.success) return { error: "Missing avatar" };
  try {
    await retryFailedTrainingItems((await requireActionUser()).id, target.data.avatarId);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/projects/${target.data.projectId}/avatars/${target.data.avatarId}`);
  return { ok: Date.now() };
}
