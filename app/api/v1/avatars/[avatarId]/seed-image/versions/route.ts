import { withUser } from "@/lib/api/with-user";
import { listBaseVersions } from "@/lib/avatars/list-base-versions";

export const GET = withUser<{ avatarId: string }>(async ({ user, params }) => ({ images: await listBaseVersions(user.id, params.avatarId) }));
