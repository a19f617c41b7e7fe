"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { retryGeneration } from "@/lib/generations/retry-generation";
import { projectIdField } from "@/lib/projects/project-schemas";
import { recordIdSchema } from "@/lib/validation/record-id";

export const retryGenerationAction = validatedActionWithUser(
  z.strictObject({ generationId: recordIdSchema("Generation"), ...projectIdField }),
  async ({ generationId, projectId }, user) => {
    await retryGeneration(user.id, generationId);
    revalidatePath(`/projects/${projectId}`);
  },
);
