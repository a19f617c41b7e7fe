"use server";

import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { projectIdField } from "@/lib/projects/project-schemas";
import { estimateTrainingSet } from "@/lib/training/estimate-training-set";
import { chosenPromptsSchema, trainingSetInputFromForm } from "@/lib/training/training-set-form-input";
import { recordIdSchema } from "@/lib/validation/record-id";

/** What the training-set form, as filled in now, would cost (nothing is queued). */
export const estimateTrainingSetAction = validatedActionWithUser(
  z.strictObject({ avatarId: recordIdSchema("Avatar"), ...projectIdField, input: chosenPromptsSchema }),
  ({ avatarId, input }, user) => estimateTrainingSet(user.id, avatarId, input),
  { toInput: trainingSetInputFromForm },
);
