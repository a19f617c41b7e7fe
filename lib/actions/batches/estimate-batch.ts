"use server";

import { z } from "zod";
import { fieldsUnder, validatedActionWithUser } from "@/lib/auth/validated-action";
import { batchInputFromForm } from "@/lib/batches/batch-form-input";
import { createBatchSchema } from "@/lib/batches/batch-schemas";
import { estimateBatch } from "@/lib/batches/estimate-batch";
import { projectIdField } from "@/lib/projects/project-schemas";

/** What the New batch form, as filled in now, would cost (nothing is written). */
export const estimateBatchAction = validatedActionWithUser(
  z.strictObject({ ...projectIdField, input: createBatchSchema }),
  ({ projectId, input }, user) => estimateBatch(user.id, projectId, input),
  { toInput: (values) => ({ projectId: values.projectId, input: batchInputFromForm(values) }), fieldFor: fieldsUnder("input") },
);
