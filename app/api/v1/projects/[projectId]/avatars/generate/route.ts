import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { accepted, withUser } from "@/lib/api/with-user";
import { generateAvatarRequestSchema } from "@/lib/avatars/avatar-schemas";
import { generateAvatar } from "@/lib/avatars/generate-avatar";

export const POST = withUser<{ projectId: string }>(async ({ req, user, params }) => {
  const input = await parseJsonBody(req, generateAvatarRequestSchema);
  return accepted(await generateAvatar(user.id, params.projectId, input));
});

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
