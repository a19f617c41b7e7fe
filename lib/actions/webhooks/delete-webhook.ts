"use server";

import { revalidatePath } from "next/cache";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { webhookIdFieldSchema } from "./webhook-id-field";

export const deleteWebhookAction = validatedActionWithUser(webhookIdFieldSchema, async ({ webhookId }, user) => {
  await deleteWebhook(user.id, webhookId);
  revalidatePath("/settings/webhooks");
});
