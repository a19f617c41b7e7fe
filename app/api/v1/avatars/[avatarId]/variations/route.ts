import { parseOptionalJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { accepted, withUser } from "@/lib/api/with-user";
import { requestVariations } from "@/lib/avatars/request-variations";
import { variationsSchema } from "@/lib/avatars/seed-image-schemas";

export const POST = withUser<{ avatarId: string }>(async ({ req, user, params }) => {
  const input = await parseOptionalJsonBody(req, variationsSchema);
  return accepted({ generation: await requestVariations(user.id, params.avatarId, input) });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
