"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { imageFileField } from "@/lib/actions/image-file-field";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { avatarNameSchema } from "@/lib/avatars/avatar-schemas";
import { readUploadedFile } from "@/lib/avatars/read-uploaded-file";
import { uploadAvatar } from "@/lib/avatars/upload-avatar";
import { projectIdField } from "@/lib/projects/project-schemas";

export const uploadAvatarAction = validatedActionWithUser(
  z.strictObject({ ...projectIdField, name: avatarNameSchema, file: imageFileField }),
  async ({ projectId, name, file }, user) => {
    const avatar = await uploadAvatar(user.id, projectId, { name, file: await readUploadedFile(file) });
    redirect(`/projects/${projectId}/avatars/${avatar.id}`);
  },
  // A refused file (type, size, not an image) is said beside the file input.
  { toInput: (values, formData) => ({ ...values, file: formData.get("file") }), errorField: "file" },
);
