import { revokeOtherUserSessions } from "@/lib/auth/sessions/user-sessions";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

/**
 * Disables (or re-enables) an account by email. A disabled account cannot sign in, and its sessions
 * and API tokens answer 401 from the next request on; its sessions are also ended for good.
 */
export async function setUserDisabled(email: string, disabled: boolean): Promise<void> {
  const db = await getDb();
  const { count } = await db.user.updateMany({ where: { email: email.trim().toLowerCase() }, data: { disabledAt: disabled ? new Date() : null } });
  if (count === 0) throw new NotFoundError("Account");
  if (disabled) {
    const user = await db.user.findUniqueOrThrow({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
    await revokeOtherUserSessions(user.id);
  }
}
