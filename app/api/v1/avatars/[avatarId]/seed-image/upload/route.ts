import { readUpload } from "@/lib/api/read-upload";
import { created, withUser } from "@/lib/api/with-user";
import { uploadSeedImage } from "@/lib/avatars/upload-seed-image";

export const POST = withUser<{ avatarId: string }>(async ({ req, user, params }) => {
  const { file } = await readUpload(req);
  return created(await uploadSeedImage(user.id, params.avatarId, file));
});
