import { AuthError } from "next-auth";
import { signIn, SignInRefused } from "@/lib/auth/auth";
import { UnauthorizedError } from "@/lib/errors";

/**
 * Signs in with a password; success throws Next's redirect to `redirectTo`. Wrong credentials, too
 * many attempts or a disabled account become the domain error the form shows.
 */
export async function signInWith(email: string, password: string, redirectTo: string): Promise<void> {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof SignInRefused) throw error.refusal;
    if (error instanceof AuthError) throw new UnauthorizedError("Wrong email or password.");
    throw error; // the redirect after a successful sign-in
  }
}
