import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { cancelBatch } from "@/lib/batches/cancel-batch";

export const POST = withUser<{ batchId: string }>(async ({ user, params }) => ({ batch: await cancelBatch(user.id, params.batchId) }));

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
