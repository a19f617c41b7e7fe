import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { getBatchDetail } from "@/lib/batches/get-batch-detail";

export const GET = withUser<{ batchId: string }>(async ({ user, params }) => ({ batch: await getBatchDetail(user.id, params.batchId) }));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
