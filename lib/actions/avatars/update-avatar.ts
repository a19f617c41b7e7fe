"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fieldsUnder, validatedActionWithUser } from "@/lib/auth/validated-action";
import { avatarInputFromForm } from "@/lib/avatars/avatar-form-input";
import { updateAvatarSchema } from "@/lib/avatars/avatar-schemas";
import { updateAvatar } from "@/lib/avatars/update-avatar";
import { projectIdField } from "@/lib/projects/project-schemas";
import { recordIdSchema } from "@/lib/validation/record-id";

export const updateAvatarAction = validatedActionWithUser(
  z.strictObject({ avatarId: recordIdSchema("Avatar"), ...projectIdField, input: updateAvatarSchema }),
  async ({ avatarId, projectId, input }, user) => {
    const avatar = await updateAvatar(user.id, avatarId, input);
    revalidatePath(`/projects/${projectId}/avatars/${avatarId}`);
    return { name: avatar.name };
  },
  {
    fieldFor: fieldsUnder("input"),
    // Fields the form leaves empty are cleared (null), not left as they were.
    toInput: (values) => {
      const mapped = avatarInputFromForm(values) as Record<string, unknown>;
      return {
        avatarId: values.avatarId,
        projectId: values.projectId,
        input: {
          name: values.name,
          persona: mapped.persona ?? null,
          attributes: mapped.attributes ?? null,
          appearanceDescription: mapped.appearanceDescription ?? null,
        },
      };
    },
  },
);
