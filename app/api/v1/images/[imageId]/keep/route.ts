import { parseWith } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { imageIdParamsSchema } from "@/lib/images/image-id-params";
import { keepReviewItem } from "@/lib/review/keep-review-item";

export const POST = withUser<{ imageId: string }>(async ({ user, params }) => ({
  image: await keepReviewItem(user.id, parseWith(imageIdParamsSchema, params).imageId),
}));

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
