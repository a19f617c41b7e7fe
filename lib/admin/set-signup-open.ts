import type { PublicUser } from "@/lib/users/create-user";
import { logAdminAction } from "./admin-log";
import { assertAdmin } from "./is-admin";
import { isSignupOpen, writeSignupOpen } from "@/lib/users/signup-open";

/** Opens or closes sign-up at run time (overriding ALLOW_SIGNUP until changed again); logged. */
export async function setSignupOpen(admin: PublicUser, open: boolean) {
  assertAdmin(admin);
  const was = await isSignupOpen();
  await writeSignupOpen(open, admin.id);
  if (was !== open) await logAdminAction(admin, open ? "open sign-up" : "close sign-up", null);
  return { signupOpen: open };
}
