import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { hashPassword } from "./password";
import { isSignupOpen } from "./signup-open";
import type { SignUpInput } from "./user-schemas";

export interface PublicUser {
  id: string;
  email: string;
  name: string | null;
}

/** Signs a new user up. Input must already be parsed with signUpSchema. */
export async function createUser(input: SignUpInput): Promise<PublicUser> {
  if (!(await isSignupOpen())) throw new ForbiddenError("Sign-up is closed on this server. Ask an administrator for an account.");
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name ?? null, passwordHash },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError("An account with this email already exists. Sign in instead.");
    }
    throw error;
  }
}
