import { parseOptionalJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { estimateVariations } from "@/lib/avatars/estimate-variations";
import { variationsSchema } from "@/lib/avatars/seed-image-schemas";

export const POST = withUser<{ avatarId: string }>(async ({ req, user, params }) =>
  estimateVariations(user.id, params.avatarId, await parseOptionalJsonBody(req, variationsSchema)),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
