import { parseOptionalJsonBody, parseWith } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { accepted, withUser } from "@/lib/api/with-user";
import { rejectSchema } from "@/lib/avatars/seed-image-schemas";
import { imageIdParamsSchema } from "@/lib/images/image-id-params";
import { rejectReviewItem } from "@/lib/review/reject-review-item";

export const POST = withUser<{ imageId: string }>(async ({ req, user, params }) => {
  const { imageId } = parseWith(imageIdParamsSchema, params);
  const input = await parseOptionalJsonBody(req, rejectSchema);
  return accepted({ generation: await rejectReviewItem(user.id, imageId, input) });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
