import { adminSettingsSchema } from "@/lib/admin/admin-schemas";
import { assertAdmin } from "@/lib/admin/is-admin";
import { setSignupOpen } from "@/lib/admin/set-signup-open";
import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { isSignupOpen } from "@/lib/users/signup-open";

export const GET = withUser(async ({ user }) => {
  assertAdmin(user);
  return { signupOpen: await isSignupOpen() };
});

export const PATCH = withUser(async ({ req, user }) => {
  assertAdmin(user);
  return setSignupOpen(user, (await parseJsonBody(req, adminSettingsSchema)).signupOpen);
});

export const { POST, PUT, DELETE, OPTIONS } = refuseOtherMethods({ GET, PATCH });
