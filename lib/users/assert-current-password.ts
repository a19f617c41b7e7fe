import { getConfig } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { BadRequestError, NotFoundError } from "@/lib/errors";
import { consume, peek, reset } from "@/lib/rate-limit/rate-limit";
import { verifyPassword } from "./password";
import { tooManyAttempts } from "./sign-in-limits";

const WINDOW_MS = 15 * 60_000;

/**
 * Throws a field error on `field` unless `password` is the user's current one. Wrong guesses count
 * like failed sign-ins, so a borrowed session cannot be used to find the password out.
 */
export async function assertCurrentPassword(userId: string, password: string, field: string): Promise<void> {
  const key = `password-check:${userId}`;
  const rule = { points: getConfig().SIGNIN_FAILURES_PER_ACCOUNT_ADDRESS, windowMs: WINDOW_MS };
  const limit = await peek(key, rule);
  if (!limit.allowed) throw tooManyAttempts(limit.retryAfterMs);
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new NotFoundError("Account");
  if (!(await verifyPassword(user.passwordHash, password))) {
    await consume(key, rule);
    throw new BadRequestError("Your current password is not correct.", { [field]: ["Your current password is not correct."] });
  }
  await reset(key);
}
