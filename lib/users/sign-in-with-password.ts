import { UnauthorizedError } from "@/lib/errors";
import type { PublicUser } from "./create-user";
import { assertSignInAllowed, recordSignInFailure, recordSignInSuccess } from "./sign-in-limits";
import { verifyCredentials } from "./verify-credentials";

export class WrongCredentialsError extends UnauthorizedError {
  constructor() {
    super("Wrong email or password.");
  }
}

/**
 * The one password sign-in every door uses (Auth.js credentials, the sign-in form, CLI token login):
 * refused with 429 while the account or address is over its failure limit, 401 for wrong
 * credentials (counted) or a disabled account.
 */
export async function signInWithPassword(email: string, password: string, address: string): Promise<PublicUser> {
  await assertSignInAllowed(email, address);
  const result = await verifyCredentials(email, password);
  if (!result) {
    await recordSignInFailure(email, address);
    throw new WrongCredentialsError();
  }
  await recordSignInSuccess(email, address);
  if (result.disabled) throw new UnauthorizedError("This account is disabled. Ask an administrator.");
  return result.user;
}
