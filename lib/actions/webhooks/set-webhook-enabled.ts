"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { recordIdSchema } from "@/lib/validation/record-id";
import { updateWebhook } from "@/lib/webhooks/update-webhook";

const schema = z.strictObject({ webhookId: recordIdSchema("Webhook"), enabled: z.enum(["true", "false"]).transform((value) => value === "true") });

export const setWebhookEnabledAction = validatedActionWithUser(schema, async ({ webhookId, enabled }, user) => {
  await updateWebhook(user.id, webhookId, { enabled });
  revalidatePath("/settings/webhooks");
});
