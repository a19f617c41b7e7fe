import { sendEvent } from "@/inngest/send-event";
import { getDb } from "@/lib/db/client";
import type { JobEventMessage } from "@/lib/job-events/job-event-types";
import { webhookDeliveryRequested } from "./webhook-events";
import { webhookMessageId, webhookPayload } from "./webhook-payload";

/** Starts one delivery job per enabled webhook of `userId` that wants this event (the same event twice starts nothing new). */
export async function enqueueWebhookDeliveries(userId: string, message: JobEventMessage) {
  const db = await getDb();
  const webhooks = await db.webhook.findMany({ where: { userId, enabled: true, events: { has: message.type } }, select: { id: true } });
  const messageId = webhookMessageId(message.id);
  const payload = webhookPayload(message);
  for (const webhook of webhooks) {
    await sendEvent(
      webhookDeliveryRequested,
      { webhookId: webhook.id, userId, messageId, type: message.type, payload },
      { id: `webhook-${webhook.id}-${messageId}` },
    );
  }
  return { queued: webhooks.length };
}
