import { getDb } from "@/lib/db/client";
import type { PublicUser } from "./create-user";

/** Sets (or, with null, clears) the user's display name. */
export async function updateUserName(userId: string, name: string | null): Promise<PublicUser> {
  const db = await getDb();
  return db.user.update({ where: { id: userId }, data: { name }, select: { id: true, email: true, name: true } });
}
