import { parseOptionalJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { accepted, withUser } from "@/lib/api/with-user";
import { variationsSchema } from "@/lib/avatars/seed-image-schemas";
import { retryFailedTrainingItems } from "@/lib/training/retry-failed-training-items";

// Same body as variations: an optional provider; by default the one that last tried the failed items.
export const POST = withUser<{ avatarId: string }>(async ({ req, user, params }) => {
  const input = await parseOptionalJsonBody(req, variationsSchema);
  return accepted({ generation: await retryFailedTrainingItems(user.id, params.avatarId, input) });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
