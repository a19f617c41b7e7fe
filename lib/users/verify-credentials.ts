import { getDb } from "@/lib/db/client";
import { burnPasswordCheck, verifyPassword } from "./password";
import type { PublicUser } from "./create-user";

/**
 * The user for an email and password (and whether the account is disabled), or null. Unknown emails
 * take as long as wrong passwords. Doors sign in through signInWithPassword, which adds the limits.
 */
export async function verifyCredentials(email: string, password: string): Promise<{ user: PublicUser; disabled: boolean } | null> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) {
    await burnPasswordCheck(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { user: { id: user.id, email: user.email, name: user.name }, disabled: user.disabledAt !== null };
}
