"use server";

import { revalidatePath } from "next/cache";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";
import { webhookIdFieldSchema } from "./webhook-id-field";

export const sendTestWebhookAction = validatedActionWithUser(webhookIdFieldSchema, async ({ webhookId }, user) => {
  const sent = await sendTestWebhook(user.id, webhookId);
  revalidatePath("/settings/webhooks");
  return sent;
});
