"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { updateAvatar } from "@/lib/avatars/update-avatar";
import { projectIdField } from "@/lib/projects/project-schemas";
import { triggerWordSchema } from "@/lib/training/trigger-word";
import { recordIdSchema } from "@/lib/validation/record-id";

/** Sets the avatar's trigger word; an empty field goes back to the default made from its name. */
export const updateTriggerWordAction = validatedActionWithUser(
  z.strictObject({
    avatarId: recordIdSchema("Avatar"),
    ...projectIdField,
    triggerWord: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), triggerWordSchema.nullable()),
  }),
  async ({ avatarId, projectId, triggerWord }, user) => {
    const avatar = await updateAvatar(user.id, avatarId, { triggerWord });
    revalidatePath(`/projects/${projectId}/avatars/${avatarId}`);
    return { triggerWord: avatar.triggerWord };
  },
  { errorField: "triggerWord" },
);
