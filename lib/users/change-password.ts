import { revokeOtherUserSessions } from "@/lib/auth/sessions/user-sessions";
import { getDb } from "@/lib/db/client";
import { assertCurrentPassword } from "./assert-current-password";
import { hashPassword } from "./password";
import type { ChangePasswordInput } from "./user-schemas";

/**
 * Changes the password after checking the current one, and ends every other browser session (the
 * one making the change, `keepSessionId`, stays signed in). API tokens are kept: revoke them in Settings.
 */
export async function changePassword(userId: string, input: ChangePasswordInput, keepSessionId?: string): Promise<void> {
  await assertCurrentPassword(userId, input.currentPassword, "currentPassword");
  const db = await getDb();
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(input.newPassword) } });
  await revokeOtherUserSessions(userId, keepSessionId);
}
