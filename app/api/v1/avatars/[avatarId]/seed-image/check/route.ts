import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { checkSeedImage } from "@/lib/avatars/check-seed-image";

/** The face quality report of the current base image (draft or approved). */
export const POST = withUser<{ avatarId: string }>(async ({ user, params }) => checkSeedImage(user.id, params.avatarId));

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
