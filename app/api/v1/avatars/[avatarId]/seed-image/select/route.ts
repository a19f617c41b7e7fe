import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { selectVersionSchema } from "@/lib/avatars/seed-image-schemas";
import { selectBaseVersion } from "@/lib/avatars/select-base-version";

/** Pick a candidate, or restore an older version, as the draft. */
export const POST = withUser<{ avatarId: string }>(async ({ req, user, params }) => {
  const { imageId } = await parseJsonBody(req, selectVersionSchema);
  return { avatar: await selectBaseVersion(user.id, params.avatarId, imageId) };
});

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
