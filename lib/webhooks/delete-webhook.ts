import { getDb } from "@/lib/db/client";
import { getWebhookOrThrow } from "./get-webhook-or-throw";

/** Deletes an endpoint and its delivery log; deliveries still waiting to retry stop at their next attempt. */
export async function deleteWebhook(userId: string, webhookId: string) {
  await getWebhookOrThrow(userId, webhookId);
  const db = await getDb();
  await db.webhook.delete({ where: { id: webhookId, userId } });
}
