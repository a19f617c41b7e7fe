import { assertAdmin } from "@/lib/admin/is-admin";
import { listAdminUsers } from "@/lib/admin/list-admin-users";
import { parseQuery } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { pageParamsSchema } from "@/lib/pagination/page-params";

export const GET = withUser(async ({ req, user }) => {
  assertAdmin(user);
  return listAdminUsers(parseQuery(req, pageParamsSchema.strict()));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
