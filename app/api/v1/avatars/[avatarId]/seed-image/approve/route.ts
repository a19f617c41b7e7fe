import { parseOptionalJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { approveSeedImage } from "@/lib/avatars/approve-seed-image";
import { approveSchema } from "@/lib/avatars/seed-image-schemas";

export const POST = withUser<{ avatarId: string }>(async ({ req, user, params }) => {
  const { imageId } = await parseOptionalJsonBody(req, approveSchema);
  return { avatar: await approveSeedImage(user.id, params.avatarId, imageId) };
});

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
