import { eventType } from "inngest";
import { z } from "zod";

/** One event to deliver to one webhook; every retry sends the same body with the same webhook-id. */
export const webhookDeliveryRequested = eventType("webhook/delivery.requested", {
  schema: z.object({
    webhookId: z.string().min(1).max(100),
    userId: z.string().min(1).max(100),
    /** The Standard Webhooks `webhook-id`. */
    messageId: z.string().min(1).max(200),
    type: z.string().min(1).max(100),
    /** The JSON body exactly as sent: `{ type, timestamp, data }`. */
    payload: z.string(),
    /** "Send test event": delivered even while the endpoint is switched off, never retried. */
    test: z.boolean().optional(),
  }),
});
