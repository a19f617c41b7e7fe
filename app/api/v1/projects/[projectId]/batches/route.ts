import { parseJsonBody, parseQuery } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { accepted, withUser } from "@/lib/api/with-user";
import { createBatchSchema } from "@/lib/batches/batch-schemas";
import { createBatch } from "@/lib/batches/create-batch";
import { listBatches } from "@/lib/batches/list-batches";
import { pageParamsSchema } from "@/lib/pagination/page-params";

type Params = { projectId: string };

export const GET = withUser<Params>(async ({ req, user, params }) => {
  const page = await listBatches(user.id, params.projectId, parseQuery(req, pageParamsSchema));
  return { batches: page.items, nextCursor: page.nextCursor };
});

export const POST = withUser<Params>(async ({ req, user, params }) => {
  const input = await parseJsonBody(req, createBatchSchema);
  return accepted({ batch: await createBatch(user.id, params.projectId, input) });
});

export const { PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET, POST });
