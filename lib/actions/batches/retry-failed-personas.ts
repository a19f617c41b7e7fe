"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { retryFailedPersonas } from "@/lib/batches/retry-failed-personas";
import { projectIdField } from "@/lib/projects/project-schemas";
import { recordIdSchema } from "@/lib/validation/record-id";

export const retryFailedPersonasAction = validatedActionWithUser(
  z.strictObject({ batchId: recordIdSchema("Batch"), ...projectIdField }),
  async ({ batchId, projectId }, user) => {
    await retryFailedPersonas(user.id, batchId);
    revalidatePath(`/projects/${projectId}/batches/${batchId}`);
  },
);
