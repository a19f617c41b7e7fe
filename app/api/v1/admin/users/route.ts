import { assertAdmin } from "@/lib/admin/is-admin";
import { listAdminUsers } from "@/lib/admin/list-admin-users";
import { parseQuery } from "@/lib/api/parse-request";
import { withUser } from "@/lib/api/with-user";
import { pageParamsSchema } from "@/lib/pagination/page-params";

export const GET = withUser(async ({ req, user }) => {
  assertAdmin(user);
  return listAdminUsers(parseQuery(req, pageParamsSchema.strict()));
});
