"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { projectIdField } from "@/lib/projects/project-schemas";
import { retryFailedTrainingItems } from "@/lib/training/retry-failed-training-items";
import { recordIdSchema } from "@/lib/validation/record-id";

export const retryFailedTrainingAction = validatedActionWithUser(
  z.strictObject({ avatarId: recordIdSchema("Avatar"), ...projectIdField }),
  async ({ avatarId, projectId }, user) => {
    await retryFailedTrainingItems(user.id, avatarId);
    revalidatePath(`/projects/${projectId}/avatars/${avatarId}`);
  },
);
