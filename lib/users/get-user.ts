import { getDb } from "@/lib/db/client";
import type { PublicUser } from "./create-user";

export async function getUserById(id: string): Promise<PublicUser | null> {
  const db = await getDb();
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
}
