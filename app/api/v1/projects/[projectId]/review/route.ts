import { parseQuery } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { pageParamsSchema } from "@/lib/pagination/page-params";
import { listReviewItems } from "@/lib/review/list-review-items";

export const GET = withUser<{ projectId: string }>(async ({ req, user, params }) => {
  const page = await listReviewItems(user.id, params.projectId, parseQuery(req, pageParamsSchema));
  return { items: page.items, nextCursor: page.nextCursor };
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
