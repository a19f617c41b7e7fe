import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { unlockAppearance } from "@/lib/avatars/unlock-appearance";

export const POST = withUser<{ avatarId: string }>(async ({ user, params }) => ({ avatar: await unlockAppearance(user.id, params.avatarId) }));

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
