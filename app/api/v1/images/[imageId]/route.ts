import { parseWith } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { getImageOrThrow } from "@/lib/images/get-image-or-throw";
import { imageIdParamsSchema } from "@/lib/images/image-id-params";

export const GET = withUser<{ imageId: string }>(async ({ user, params }) => ({
  image: await getImageOrThrow(user.id, parseWith(imageIdParamsSchema, params).imageId),
}));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
