"use server";

import { z } from "zod";
import { signOut } from "@/lib/auth/auth";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { BadRequestError } from "@/lib/errors";
import { deleteAccount } from "@/lib/users/delete-account";
import { deleteAccountSchema } from "@/lib/users/user-schemas";

/** The dialog asks for the account's email typed out as well as the password. */
const deleteAccountFormSchema = deleteAccountSchema.extend({ confirm: z.string().max(300) }).strict();

export const deleteAccountAction = validatedActionWithUser(deleteAccountFormSchema, async ({ password, confirm }, user) => {
  if (confirm.trim().toLowerCase() !== user.email) {
    throw new BadRequestError("Type your email address to confirm.", { confirm: ["Type your email address to confirm."] });
  }
  await deleteAccount(user.id, password);
  await signOut({ redirectTo: "/signin" });
});
