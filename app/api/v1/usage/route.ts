import { parseQuery } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { getUsageReport } from "@/lib/usage/get-usage-report";
import { usageQuerySchema } from "@/lib/usage/usage-period";

export const GET = withUser(async ({ req, user }) => getUsageReport(user.id, parseQuery(req, usageQuerySchema).month));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
