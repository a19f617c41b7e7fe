import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { getStats } from "@/lib/jobs/get-stats";

export const GET = withUser(async ({ user }) => getStats(user.id));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
