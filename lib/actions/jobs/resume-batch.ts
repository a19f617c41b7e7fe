"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { resumeBatch } from "@/lib/batches/resume-batch";
import { recordIdSchema } from "@/lib/validation/record-id";

export const resumeBatchAction = validatedActionWithUser(z.strictObject({ batchId: recordIdSchema("Batch") }), async ({ batchId }, user) => {
  await resumeBatch(user.id, batchId);
  revalidatePath("/", "layout");
});
