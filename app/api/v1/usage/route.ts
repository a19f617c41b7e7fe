import { z } from "zod";
import { parseQuery } from "@/lib/api/parse-request";
import { withUser } from "@/lib/api/with-user";
import { getUsageReport } from "@/lib/usage/get-usage-report";
import { monthSchema } from "@/lib/usage/usage-period";

const usageQuerySchema = z.strictObject({ month: monthSchema.optional() });

export const GET = withUser(async ({ req, user }) => getUsageReport(user.id, parseQuery(req, usageQuerySchema).month));
