import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { z } from "zod";
import { parseWith } from "@/lib/api/parse-request";
import { readUpload } from "@/lib/api/read-upload";
import { created, withUser } from "@/lib/api/with-user";
import { uploadSeedImage } from "@/lib/avatars/upload-seed-image";

/** The multipart body is the `file` alone. */
const uploadFieldsSchema = z.strictObject({});

export const POST = withUser<{ avatarId: string }>(async ({ req, user, params }) => {
  const { fields, file } = await readUpload(req);
  parseWith(uploadFieldsSchema, fields);
  return created(await uploadSeedImage(user.id, params.avatarId, file));
});

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
