"use server";

import { signOut } from "@/lib/auth/auth";

/** Takes no input: ends the session and goes to the sign-in page. */
export async function signOutAction() {
  await signOut({ redirectTo: "/signin" });
}
