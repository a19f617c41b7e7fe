"use server";

import { validatedAction } from "@/lib/auth/validated-action";
import { createUser } from "@/lib/users/create-user";
import { signUpSchema } from "@/lib/users/user-schemas";
import { signInWith } from "./sign-in-with";

export const signUpAction = validatedAction(
  signUpSchema,
  async (input) => {
    await createUser(input);
    await signInWith(input.email, input.password, "/projects");
  },
  { invalidMessage: "Check the highlighted fields." },
);
