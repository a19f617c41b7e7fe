import { parseJsonBody, parseQuery } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { created, withUser } from "@/lib/api/with-user";
import { avatarListQuerySchema } from "@/lib/avatars/avatar-list-query";
import { createAvatarRequestSchema } from "@/lib/avatars/avatar-schemas";
import { createAvatar } from "@/lib/avatars/create-avatar";
import { listAvatars } from "@/lib/avatars/list-avatars";

type Params = { projectId: string };

export const GET = withUser<Params>(async ({ req, user, params }) => {
  const page = await listAvatars(user.id, params.projectId, parseQuery(req, avatarListQuerySchema));
  return { avatars: page.items, nextCursor: page.nextCursor };
});

export const POST = withUser<Params>(async ({ req, user, params }) => {
  const input = await parseJsonBody(req, createAvatarRequestSchema);
  return created({ avatar: await createAvatar(user.id, params.projectId, input) });
});

export const { PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET, POST });
