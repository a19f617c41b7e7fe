import { randomUUID } from "node:crypto";
import { sendEvent } from "@/inngest/send-event";
import { getWebhookOrThrow } from "./get-webhook-or-throw";
import { webhookDeliveryRequested } from "./webhook-events";
import { webhookPayload } from "./webhook-payload";

/** Queues one `webhook.test` delivery (signed like any other; sent even while the endpoint is off; not retried). */
export async function sendTestWebhook(userId: string, webhookId: string) {
  await getWebhookOrThrow(userId, webhookId);
  const messageId = `msg_test_${randomUUID()}`;
  const payload = webhookPayload({ type: "webhook.test", timestamp: new Date().toISOString(), data: { webhookId, message: "A test event from Likeness" } });
  await sendEvent(webhookDeliveryRequested, { webhookId, userId, messageId, type: "webhook.test", payload, test: true });
  return { messageId };
}
