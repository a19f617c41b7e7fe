"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldsUnder, validatedActionWithUser } from "@/lib/auth/validated-action";
import { avatarInputFromForm } from "@/lib/avatars/avatar-form-input";
import { createAvatarSchema } from "@/lib/avatars/avatar-schemas";
import { createAvatar } from "@/lib/avatars/create-avatar";
import { projectIdField } from "@/lib/projects/project-schemas";

/** A persona with no image yet; its seed image is uploaded or generated on its page. */
export const createPersonaAction = validatedActionWithUser(
  z.strictObject({ ...projectIdField, input: createAvatarSchema }),
  async ({ projectId, input }, user) => {
    const avatar = await createAvatar(user.id, projectId, input);
    redirect(`/projects/${projectId}/avatars/${avatar.id}`);
  },
  {
    fieldFor: fieldsUnder("input"),
    toInput: (values) => {
      const { name, appearanceDescription, persona, attributes } = avatarInputFromForm(values) as Record<string, unknown>;
      return { projectId: values.projectId, input: { name, appearanceDescription, persona, attributes } };
    },
  },
);
