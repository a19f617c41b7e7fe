import { parseOptionalJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { accepted, withUser } from "@/lib/api/with-user";
import { trainingSetSchema } from "@/lib/avatars/seed-image-schemas";
import { requestTrainingSet } from "@/lib/training/request-training-set";

export const POST = withUser<{ avatarId: string }>(async ({ req, user, params }) => {
  const input = await parseOptionalJsonBody(req, trainingSetSchema);
  return accepted({ generation: await requestTrainingSet(user.id, params.avatarId, input) });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
