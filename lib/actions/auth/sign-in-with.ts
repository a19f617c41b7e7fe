import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { UnauthorizedError } from "@/lib/errors";

/** Signs in with a password; success throws Next's redirect to `redirectTo`, wrong credentials a domain error. */
export async function signInWith(email: string, password: string, redirectTo: string): Promise<void> {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) throw new UnauthorizedError("Wrong email or password.");
    throw error; // the redirect after a successful sign-in
  }
}
