"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { deleteAvatar } from "@/lib/avatars/delete-avatar";
import { projectIdField } from "@/lib/projects/project-schemas";
import { recordIdSchema } from "@/lib/validation/record-id";

export const deleteAvatarAction = validatedActionWithUser(
  z.strictObject({ avatarId: recordIdSchema("Avatar"), ...projectIdField }),
  async ({ avatarId, projectId }, user) => {
    await deleteAvatar(user.id, avatarId);
    revalidatePath(`/projects/${projectId}`);
    redirect(`/projects/${projectId}`);
  },
);
