import { getDb } from "@/lib/db/client";
import { burnPasswordCheck, verifyPassword } from "./password";
import type { PublicUser } from "./create-user";

/** The user for an email and password, or null. Unknown emails take as long as wrong passwords. */
export async function verifyCredentials(email: string, password: string): Promise<PublicUser | null> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) {
    await burnPasswordCheck(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name };
}
