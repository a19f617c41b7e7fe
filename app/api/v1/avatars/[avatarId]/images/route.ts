import { parseQuery } from "@/lib/api/parse-request";
import { withUser } from "@/lib/api/with-user";
import { avatarImagesQuerySchema } from "@/lib/avatars/avatar-images-query";
import { listAvatarImages } from "@/lib/images/list-avatar-images";

export const GET = withUser<{ avatarId: string }>(async ({ req, user, params }) => ({
  images: await listAvatarImages(user.id, params.avatarId, parseQuery(req, avatarImagesQuerySchema).kind),
}));
