"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { cancelBatch } from "@/lib/batches/cancel-batch";
import { recordIdSchema } from "@/lib/validation/record-id";

export const cancelBatchAction = validatedActionWithUser(z.strictObject({ batchId: recordIdSchema("Batch") }), async ({ batchId }, user) => {
  await cancelBatch(user.id, batchId);
  revalidatePath("/", "layout");
});
