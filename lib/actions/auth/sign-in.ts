"use server";

import { z } from "zod";
import { validatedAction } from "@/lib/auth/validated-action";
import { credentialsSchema } from "@/lib/users/user-schemas";
import { signInWith } from "./sign-in-with";

/** Where to go after signing in: a path on this site, never another host ("//evil.example"). */
function safeNext(value: string | undefined): string {
  const next = value ?? "";
  return next.startsWith("/") && !next.startsWith("//") ? next : "/projects";
}

export const signInAction = validatedAction(
  // A bad `next` is not the user's mistake: it falls back to the projects page.
  credentialsSchema.extend({ next: z.string().max(2000).optional().catch(undefined) }).strict(),
  ({ email, password, next }) => signInWith(email, password, safeNext(next)),
  { invalidMessage: "Enter your email and password." },
);
