import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { accepted, withUser } from "@/lib/api/with-user";
import { bulkRequestSchema } from "@/lib/avatars/bulk/bulk-schemas";
import { runBulkAction } from "@/lib/avatars/bulk/run-bulk-action";

type Params = { projectId: string };

export const POST = withUser<Params>(async ({ req, user, params }) => {
  const { action, avatarIds } = await parseJsonBody(req, bulkRequestSchema);
  const { accepted: ids, skipped } = await runBulkAction(user.id, params.projectId, action, avatarIds);
  return accepted({ accepted: ids, skipped });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
