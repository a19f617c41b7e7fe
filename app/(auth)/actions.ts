"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth/auth";
import { actionError, formValues, zodFieldErrors, type ActionState } from "@/lib/auth/validated-action";
import { createUser } from "@/lib/users/create-user";
import { credentialsSchema, signUpSchema } from "@/lib/users/user-schemas";

function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === "string" ? value : "";
  return next.startsWith("/") && !next.startsWith("//") ? next : "/projects";
}

async function signInWith(email: string, password: string, redirectTo: string, values: Record<string, string>) {
  try {
    await signIn("credentials", { email, password, redirectTo });
    return {};
  } catch (error) {
    if (error instanceof AuthError) return { error: "Wrong email or password.", values: { email: values.email ?? "" } };
    throw error; // the redirect after a successful sign-in
  }
}

export async function signInAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const parsed = credentialsSchema.safeParse(values);
  if (!parsed.success) return { error: "Enter your email and password.", fieldErrors: zodFieldErrors(parsed.error), values };
  return signInWith(parsed.data.email, parsed.data.password, safeNext(formData.get("next")), values);
}

export async function signUpAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const parsed = signUpSchema.safeParse(values);
  if (!parsed.success) return { error: "Check the highlighted fields.", fieldErrors: zodFieldErrors(parsed.error), values };
  try {
    await createUser(parsed.data);
  } catch (error) {
    return actionError(error, { email: values.email ?? "", name: values.name ?? "" });
  }
  return signInWith(parsed.data.email, parsed.data.password, "/projects", values);
}

export async function signOutAction() {
  await signOut({ redirectTo: "/signin" });
}
