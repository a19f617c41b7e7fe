"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { cancelGeneration } from "@/lib/generations/cancel-generation";
import { recordIdSchema } from "@/lib/validation/record-id";

export const cancelGenerationAction = validatedActionWithUser(z.strictObject({ generationId: recordIdSchema("Generation") }), async ({ generationId }, user) => {
  await cancelGeneration(user.id, generationId);
  // The avatar page, its training panel and the jobs pages all show it.
  revalidatePath("/", "layout");
});
