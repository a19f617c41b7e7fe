import { parseWith } from "@/lib/api/parse-request";
import { readUpload } from "@/lib/api/read-upload";
import { created, withUser } from "@/lib/api/with-user";
import { avatarUploadFieldsSchema } from "@/lib/avatars/avatar-schemas";
import { uploadAvatar } from "@/lib/avatars/upload-avatar";

export const POST = withUser<{ projectId: string }>(async ({ req, user, params }) => {
  const { form, file } = await readUpload(req);
  const fields = parseWith(avatarUploadFieldsSchema, { name: form.get("name") ?? undefined });
  return created({ avatar: await uploadAvatar(user.id, params.projectId, { name: fields.name, file }) });
});
