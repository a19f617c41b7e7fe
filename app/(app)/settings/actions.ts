"use server";

import { revalidatePath } from "next/cache";
import { requireActionUser } from "@/lib/auth/current-user";
import { actionError, validatedActionWithUser, type ActionState } from "@/lib/auth/validated-action";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { createTokenSchema } from "@/lib/tokens/token-schemas";

export const createTokenAction = validatedActionWithUser(createTokenSchema, async (input, user) => {
  const token = await createApiToken(user.id, input.name);
  revalidatePath("/settings");
  return { token: token.token, name: token.name };
});

export async function revokeTokenAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await revokeApiToken((await requireActionUser()).id, String(formData.get("tokenId") ?? ""));
  } catch (error) {
    return actionError(error);
  }
  revalidatePath("/settings");
  return { ok: Date.now() };
}
