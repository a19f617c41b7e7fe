import { redirect } from "next/navigation";
import { UnauthorizedError } from "@/lib/errors";
import type { PublicUser } from "@/lib/users/create-user";
import { auth } from "./auth";
import { getLiveSessionUser } from "./sessions/user-sessions";

/** The signed-in user and their session id from the session cookie, or null (signed out, revoked, disabled or deleted). */
export async function getSession(): Promise<{ user: PublicUser; sessionId: string } | null> {
  const session = await auth();
  const id = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!id || !sessionId) return null;
  const user = await getLiveSessionUser(sessionId, id);
  return user ? { user, sessionId } : null;
}

/** The signed-in user from the session cookie, or null. */
export async function getSessionUser(): Promise<PublicUser | null> {
  return (await getSession())?.user ?? null;
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
