"use server";

import { revalidatePath } from "next/cache";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { createTokenSchema } from "@/lib/tokens/token-schemas";

export const createTokenAction = validatedActionWithUser(createTokenSchema, async (input, user) => {
  const token = await createApiToken(user.id, input.name);
  revalidatePath("/settings");
  return { token: token.token, name: token.name };
});
