"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActionUser } from "@/lib/auth/current-user";
import { actionError, formValues, validatedActionWithUser, type ActionState } from "@/lib/auth/validated-action";
import { createTrainingPrompt } from "@/lib/training/create-training-prompt";
import { deleteTrainingPrompt } from "@/lib/training/delete-training-prompt";
import { trainingPromptTextSchema } from "@/lib/training/training-prompt-schemas";
import type { TrainingPromptView } from "@/lib/training/training-prompt-view";
import { updateTrainingPrompt } from "@/lib/training/update-training-prompt";

const projectId = z.string().min(1, "Project is required");
const promptId = z.string().min(1, "Prompt is required");

/** Domain errors (409 duplicate, 400 limit) belong beside the text field, like validation errors. */
function besideText<T>(state: ActionState<T>): ActionState<T> {
  return state.error ? { ...state, fieldErrors: { text: [state.error], ...state.fieldErrors } } : state;
}

const createAction = validatedActionWithUser(z.object({ projectId, text: trainingPromptTextSchema }), async (input, user) => {
  const prompt = await createTrainingPrompt(user.id, input.projectId, { text: input.text });
  revalidatePath(`/projects/${input.projectId}/prompts`);
  return prompt;
});

const updateAction = validatedActionWithUser(z.object({ projectId, promptId, text: trainingPromptTextSchema }), async (input, user) => {
  const prompt = await updateTrainingPrompt(user.id, input.projectId, input.promptId, { text: input.text });
  revalidatePath(`/projects/${input.projectId}/prompts`);
  return prompt;
});

export async function createTrainingPromptAction(state: ActionState<TrainingPromptView>, formData: FormData): Promise<ActionState<TrainingPromptView>> {
  return besideText(await createAction(state, formData));
}

export async function updateTrainingPromptAction(state: ActionState<TrainingPromptView>, formData: FormData): Promise<ActionState<TrainingPromptView>> {
  return besideText(await updateAction(state, formData));
}

export async function deleteTrainingPromptAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = z.object({ projectId, promptId }).safeParse(formValues(formData));
  if (!parsed.success) return { error: "Missing prompt" };
  try {
    await deleteTrainingPrompt((await requireActionUser()).id, parsed.data.projectId, parsed.data.promptId);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/projects/${parsed.data.projectId}/prompts`);
  return { ok: Date.now() };
}
