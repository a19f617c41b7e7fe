import { redirect } from "next/navigation";
import { UnauthorizedError } from "@/lib/errors";
import type { PublicUser } from "@/lib/users/create-user";
import { getUserById } from "@/lib/users/get-user";
import { auth } from "./auth";

/** The signed-in user from the session cookie, or null (also when the account no longer exists). */
export async function getSessionUser(): Promise<PublicUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  return id ? getUserById(id) : null;
}

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requirePageUser(): Promise<PublicUser> {
  const user = await getSessionUser();
  if (!user) redirect("/signin");
  return user;
}

/** For server actions: the signed-in user, or an UnauthorizedError. */
export async function requireActionUser(): Promise<PublicUser> {
  const user = await getSessionUser();
  if (!user) throw new UnauthorizedError("Your session has ended. Sign in again.");
  return user;
}
