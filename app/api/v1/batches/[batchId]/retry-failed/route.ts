import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { accepted, withUser } from "@/lib/api/with-user";
import { retryFailedPersonas } from "@/lib/batches/retry-failed-personas";

export const POST = withUser<{ batchId: string }>(async ({ user, params }) =>
  accepted({ batch: await retryFailedPersonas(user.id, params.batchId) }),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
