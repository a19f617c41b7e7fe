"use server";

import { getSession } from "@/lib/auth/current-user";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { changePassword } from "@/lib/users/change-password";
import { changePasswordSchema } from "@/lib/users/user-schemas";

/** Keeps this browser signed in; every other session ends. */
export const changePasswordAction = validatedActionWithUser(
  changePasswordSchema,
  async (input, user) => {
    await changePassword(user.id, input, (await getSession())?.sessionId);
    return { changed: true };
  },
  { invalidMessage: "Check the highlighted fields." },
);
