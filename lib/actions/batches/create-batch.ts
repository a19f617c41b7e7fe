"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldsUnder, validatedActionWithUser } from "@/lib/auth/validated-action";
import { batchInputFromForm } from "@/lib/batches/batch-form-input";
import { createBatchSchema } from "@/lib/batches/batch-schemas";
import { createBatch } from "@/lib/batches/create-batch";
import { projectIdField } from "@/lib/projects/project-schemas";

export const createBatchAction = validatedActionWithUser(
  z.strictObject({ ...projectIdField, input: createBatchSchema }),
  async ({ projectId, input }, user) => {
    const batch = await createBatch(user.id, projectId, input);
    revalidatePath(`/projects/${projectId}/batches`);
    redirect(`/projects/${projectId}/batches/${batch.id}`);
  },
  { toInput: (values) => ({ projectId: values.projectId, input: batchInputFromForm(values) }), fieldFor: fieldsUnder("input") },
);
