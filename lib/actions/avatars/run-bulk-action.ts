"use server";

import { revalidatePath } from "next/cache";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { ALL_MISSING_BASE, bulkFormSchema } from "@/lib/avatars/bulk/bulk-schemas";
import { runBulkAction } from "@/lib/avatars/bulk/run-bulk-action";

export const runBulkActionAction = validatedActionWithUser(bulkFormSchema, async (form, user) => {
  const targets = form.allMatching ? { filter: { q: form.q, status: form.status, batchId: form.batchId } } : (form.avatarIds ?? ALL_MISSING_BASE);
  const outcome = await runBulkAction(user.id, form.projectId, form.action, targets);
  revalidatePath(`/projects/${form.projectId}`, "layout");
  return { action: form.action, ...outcome };
});
