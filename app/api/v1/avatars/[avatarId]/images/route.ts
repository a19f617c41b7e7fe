import { parseQuery } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { avatarImagesQuerySchema } from "@/lib/avatars/avatar-images-query";
import { listAvatarImages } from "@/lib/images/list-avatar-images";

export const GET = withUser<{ avatarId: string }>(async ({ req, user, params }) => ({
  images: await listAvatarImages(user.id, params.avatarId, parseQuery(req, avatarImagesQuerySchema).kind),
}));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
