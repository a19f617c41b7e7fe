import { getConfig } from "@/lib/config/env";
import { NotFoundError } from "@/lib/errors";

/** Admins are the users whose email is in ADMIN_EMAILS. */
export function isAdmin(user: { email: string }): boolean {
  return getConfig().ADMIN_EMAILS.includes(user.email.trim().toLowerCase());
}

/** For admin doors: anyone else gets the same 404 as for a route that does not exist. */
export function assertAdmin(user: { email: string }): void {
  if (!isAdmin(user)) throw new NotFoundError("Route");
}
