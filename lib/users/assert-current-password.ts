import { getDb } from "@/lib/db/client";
import { BadRequestError, NotFoundError } from "@/lib/errors";
import { verifyPassword } from "./password";

/** Throws a field error on `field` unless `password` is the user's current one. */
export async function assertCurrentPassword(userId: string, password: string, field: string): Promise<void> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new NotFoundError("Account");
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new BadRequestError("Your current password is not correct.", { [field]: ["Your current password is not correct."] });
  }
}
