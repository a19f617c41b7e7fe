"use server";

import { revalidatePath } from "next/cache";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { updateUserName } from "@/lib/users/update-user-name";
import { updateNameSchema } from "@/lib/users/user-schemas";

export const updateNameAction = validatedActionWithUser(updateNameSchema, async ({ name }, user) => {
  const updated = await updateUserName(user.id, name);
  revalidatePath("/", "layout");
  return { name: updated.name };
});
