import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { created, withUser } from "@/lib/api/with-user";
import { importAvatarFromUrl, importAvatarSchema } from "@/lib/avatars/import-avatar-from-url";

/** `{ name, imageUrl }` → 201 a draft avatar whose base image was fetched from the URL. */
export const POST = withUser<{ projectId: string }>(async ({ req, user, params }) => {
  const input = await parseJsonBody(req, importAvatarSchema);
  return created({ avatar: await importAvatarFromUrl(user.id, params.projectId, input) });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
