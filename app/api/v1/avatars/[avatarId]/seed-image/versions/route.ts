import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { listBaseVersions } from "@/lib/avatars/list-base-versions";

export const GET = withUser<{ avatarId: string }>(async ({ user, params }) => ({ images: await listBaseVersions(user.id, params.avatarId) }));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
