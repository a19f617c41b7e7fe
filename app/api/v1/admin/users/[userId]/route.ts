import { updateAdminUserSchema } from "@/lib/admin/admin-schemas";
import { assertAdmin } from "@/lib/admin/is-admin";
import { updateAdminUser } from "@/lib/admin/update-admin-user";
import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";

export const PATCH = withUser<{ userId: string }>(async ({ req, user, params }) => {
  assertAdmin(user);
  return { user: await updateAdminUser(user, params.userId, await parseJsonBody(req, updateAdminUserSchema)) };
});

export const { GET, POST, PUT, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ PATCH });
