"use server";

import { revalidatePath } from "next/cache";
import { adminSettingsSchema } from "@/lib/admin/admin-schemas";
import { setSignupOpen } from "@/lib/admin/set-signup-open";
import { validatedActionWithUser } from "@/lib/auth/validated-action";

export const setSignupOpenAction = validatedActionWithUser(
  adminSettingsSchema,
  async ({ signupOpen }, admin) => {
    await setSignupOpen(admin, signupOpen);
    revalidatePath("/admin");
  },
  { toInput: (values) => ({ signupOpen: values.signupOpen === "true" }) },
);
