import { inngest } from "@/inngest/client";
import { attemptWebhookDelivery } from "@/lib/webhooks/attempt-webhook-delivery";
import { webhookDeliveryRequested } from "@/lib/webhooks/webhook-events";
import { WEBHOOK_MAX_ATTEMPTS } from "@/lib/webhooks/webhook-retry-delays";

/**
 * One event to one webhook: each attempt is a step (signed, 10 s timeout, logged), a failed one sleeps
 * for the backoff before the next, six attempts in all. The body and webhook-id never change between
 * attempts, so the receiver can tell a retry from a new event.
 */
export const deliverWebhook = inngest.createFunction(
  {
    id: "webhook-deliver",
    name: "Deliver a webhook",
    triggers: [webhookDeliveryRequested],
    // A step only fails on a database error (an HTTP failure is an outcome, logged and retried by the loop).
    retries: 3,
    concurrency: [{ key: "event.data.webhookId", limit: 2 }],
  },
  async ({ event, step }) => {
    const { webhookId, messageId, type, payload, test } = event.data;
    for (let attempt = 1; attempt <= WEBHOOK_MAX_ATTEMPTS; attempt++) {
      const outcome = await step.run(`attempt-${attempt}`, () => attemptWebhookDelivery({ webhookId, messageId, type, payload, attempt, test }));
      if (outcome.done) return outcome;
      await step.sleep(`backoff-${attempt}`, outcome.retryInMs);
    }
    return { done: true, status: "failed" };
  },
);
