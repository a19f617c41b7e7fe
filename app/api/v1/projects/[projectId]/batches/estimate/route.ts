import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { createBatchSchema } from "@/lib/batches/batch-schemas";
import { estimateBatch } from "@/lib/batches/estimate-batch";

/** The create body of a batch → what it would cost and whether it fits this month's quota; nothing is written. */
export const POST = withUser<{ projectId: string }>(async ({ req, user, params }) =>
  estimateBatch(user.id, params.projectId, await parseJsonBody(req, createBatchSchema)),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
