import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { getSession } from "@/lib/auth/current-user";
import { changePassword } from "@/lib/users/change-password";
import { changePasswordSchema } from "@/lib/users/user-schemas";

/** Body `{ currentPassword, newPassword }`. Ends every browser session but the caller's own (none with a token). */
export const POST = withUser(async ({ req, user }) => {
  const input = await parseJsonBody(req, changePasswordSchema);
  const keep = req.headers.get("authorization") ? undefined : (await getSession())?.sessionId;
  await changePassword(user.id, input, keep);
  return null;
});

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
