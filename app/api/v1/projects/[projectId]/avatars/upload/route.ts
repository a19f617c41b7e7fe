import { parseWith } from "@/lib/api/parse-request";
import { readUpload } from "@/lib/api/read-upload";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { created, withUser } from "@/lib/api/with-user";
import { avatarUploadFieldsSchema } from "@/lib/avatars/avatar-schemas";
import { uploadAvatar } from "@/lib/avatars/upload-avatar";

export const POST = withUser<{ projectId: string }>(async ({ req, user, params }) => {
  const upload = await readUpload(req);
  const { name } = parseWith(avatarUploadFieldsSchema, upload.fields);
  return created({ avatar: await uploadAvatar(user.id, params.projectId, { name, file: upload.file }) });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
