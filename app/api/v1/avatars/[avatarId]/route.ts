import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { updateAvatarSchema } from "@/lib/avatars/avatar-schemas";
import { deleteAvatar } from "@/lib/avatars/delete-avatar";
import { getAvatarOrThrow } from "@/lib/avatars/get-avatar-or-throw";
import { updateAvatar } from "@/lib/avatars/update-avatar";

type Params = { avatarId: string };

export const GET = withUser<Params>(async ({ user, params }) => ({ avatar: await getAvatarOrThrow(user.id, params.avatarId) }));

export const PATCH = withUser<Params>(async ({ req, user, params }) => {
  const input = await parseJsonBody(req, updateAvatarSchema);
  return { avatar: await updateAvatar(user.id, params.avatarId, input) };
});

export const DELETE = withUser<Params>(async ({ user, params }) => {
  await deleteAvatar(user.id, params.avatarId);
  return null;
});

export const { POST, PUT, OPTIONS } = refuseOtherMethods({ GET, PATCH, DELETE });
