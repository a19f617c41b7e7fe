import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { listUsageEvents } from "@/lib/avatars/list-usage-events";

export const GET = withUser<{ avatarId: string }>(async ({ user, params }) => ({ events: await listUsageEvents(user.id, params.avatarId) }));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
