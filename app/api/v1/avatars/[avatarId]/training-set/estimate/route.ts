import { parseOptionalJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { trainingSetSchema } from "@/lib/avatars/seed-image-schemas";
import { estimateTrainingSet } from "@/lib/training/estimate-training-set";

export const POST = withUser<{ avatarId: string }>(async ({ req, user, params }) =>
  estimateTrainingSet(user.id, params.avatarId, await parseOptionalJsonBody(req, trainingSetSchema)),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
