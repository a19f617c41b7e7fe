import { parseOptionalJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { rejectSeedImage } from "@/lib/avatars/reject-seed-image";
import { rejectSchema } from "@/lib/avatars/seed-image-schemas";

export const POST = withUser<{ avatarId: string }>(async ({ req, user, params }) => {
  const { reason } = await parseOptionalJsonBody(req, rejectSchema);
  return { avatar: await rejectSeedImage(user.id, params.avatarId, reason) };
});

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
