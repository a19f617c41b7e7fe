"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldsUnder, validatedActionWithUser } from "@/lib/auth/validated-action";
import { avatarInputFromForm } from "@/lib/avatars/avatar-form-input";
import { generateAvatarSchema } from "@/lib/avatars/avatar-schemas";
import { generateAvatar } from "@/lib/avatars/generate-avatar";
import { projectIdField } from "@/lib/projects/project-schemas";

export const generateAvatarAction = validatedActionWithUser(
  z.strictObject({ ...projectIdField, input: generateAvatarSchema }),
  async ({ projectId, input }, user) => {
    const { avatar } = await generateAvatar(user.id, projectId, input);
    redirect(`/projects/${projectId}/avatars/${avatar.id}`);
  },
  { toInput: (values) => ({ projectId: values.projectId, input: avatarInputFromForm(values) }), fieldFor: fieldsUnder("input") },
);
