import { accepted, withUser } from "@/lib/api/with-user";
import { retryFailedPersonas } from "@/lib/batches/retry-failed-personas";

export const POST = withUser<{ batchId: string }>(async ({ user, params }) =>
  accepted({ batch: await retryFailedPersonas(user.id, params.batchId) }),
);
