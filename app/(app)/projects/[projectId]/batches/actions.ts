"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActionUser } from "@/lib/auth/current-user";
import { actionError, formValues, validatedActionWithUser, type ActionState } from "@/lib/auth/validated-action";
import { batchInputFromForm } from "@/lib/batches/batch-form-input";
import { createBatchSchema } from "@/lib/batches/batch-schemas";
import { createBatch } from "@/lib/batches/create-batch";
import { retryFailedPersonas } from "@/lib/batches/retry-failed-personas";

const withBatch = z.object({ batchId: z.string().min(1), projectId: z.string().min(1) });

export const createBatchAction = validatedActionWithUser(
  z.object({ projectId: z.string().min(1), input: createBatchSchema }),
  async ({ projectId, input }, user) => {
    const batch = await createBatch(user.id, projectId, input);
    revalidatePath(`/projects/${projectId}/batches`);
    redirect(`/projects/${projectId}/batches/${batch.id}`);
  },
  (values) => ({ projectId: values.projectId, input: batchInputFromForm(values) }),
);

export async function retryFailedPersonasAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = withBatch.safeParse(formValues(formData));
  if (!parsed.success) return { error: "Missing batch" };
  try {
    await retryFailedPersonas((await requireActionUser()).id, parsed.data.batchId);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/projects/${parsed.data.projectId}/batches/${parsed.data.batchId}`);
  return { ok: Date.now() };
}
