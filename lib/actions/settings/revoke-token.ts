"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { recordIdSchema } from "@/lib/validation/record-id";

export const revokeTokenAction = validatedActionWithUser(z.strictObject({ tokenId: recordIdSchema("Token") }), async ({ tokenId }, user) => {
  await revokeApiToken(user.id, tokenId);
  revalidatePath("/settings");
});
