import { parseOptionalJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { accepted, withUser } from "@/lib/api/with-user";
import { requestSeedGeneration } from "@/lib/avatars/request-seed-generation";
import { seedGenerateSchema } from "@/lib/avatars/seed-image-schemas";

export const POST = withUser<{ avatarId: string }>(async ({ req, user, params }) => {
  const input = await parseOptionalJsonBody(req, seedGenerateSchema);
  return accepted({ generation: await requestSeedGeneration(user.id, params.avatarId, input) });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
