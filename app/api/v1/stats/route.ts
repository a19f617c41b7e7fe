import { withUser } from "@/lib/api/with-user";
import { getStats } from "@/lib/jobs/get-stats";

export const GET = withUser(async ({ user }) => getStats(user.id));
