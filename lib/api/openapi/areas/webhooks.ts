import { z } from "zod";
import { createWebhookSchema, updateWebhookSchema, webhookDeliveryViewSchema, webhookSecretSchema, webhookViewSchema } from "@/lib/webhooks/webhook-schemas";
import { keyed, noContent } from "../common-schemas";
import type { ApiArea } from "../operation";

const webhookBody = keyed("webhook", webhookViewSchema);

export const webhooksArea: ApiArea = {
  tag: "Webhooks",
  description:
    "Endpoints told when your jobs end. Each delivery is a POST of `{ type, timestamp, data }` (data: what the matching GET returns), signed the Standard Webhooks way: headers `webhook-id` (the same on every retry of one event), `webhook-timestamp` and `webhook-signature: v1,<base64 HMAC-SHA256 of \"{id}.{timestamp}.{body}\">` with the secret's bytes. A 2xx answer within 10 s is delivered; anything else is retried 5 more times over about a day. An endpoint failing every delivery for 3 days is switched off, with `disabledReason` saying why.",
  operations: [
    { method: "get", path: "/api/v1/webhooks", summary: "List your webhooks", responses: { 200: { description: "Your webhooks", schema: z.object({ webhooks: z.array(webhookViewSchema) }) } } },
    {
      method: "post",
      path: "/api/v1/webhooks",
      summary: "Register a webhook",
      description: "The URL must be http(s) and resolve to a public address (unless the server sets WEBHOOKS_ALLOW_PRIVATE_URLS).",
      body: createWebhookSchema,
      bodyExample: { url: "https://example.com/hooks/likeness", events: ["generation.completed", "batch.completed"] },
      responses: { 201: { description: "The webhook and its signing secret, shown only now", schema: z.object({ webhook: webhookViewSchema, secret: webhookSecretSchema }) } },
    },
    { method: "get", path: "/api/v1/webhooks/{webhookId}", summary: "Get a webhook", responses: { 200: { description: "The webhook", schema: webhookBody } } },
    { method: "patch", path: "/api/v1/webhooks/{webhookId}", summary: "Change a webhook", description: "Switching it on clears `disabledReason`.", body: updateWebhookSchema, bodyExample: { enabled: true }, responses: { 200: { description: "The webhook", schema: webhookBody } } },
    { method: "delete", path: "/api/v1/webhooks/{webhookId}", summary: "Delete a webhook and its log", responses: { 204: noContent } },
    { method: "post", path: "/api/v1/webhooks/{webhookId}/test", summary: "Send a test event", description: "Queues one signed `webhook.test` delivery (also while switched off; not retried).", responses: { 202: { description: "Queued", schema: z.object({ messageId: z.string() }) } } },
    { method: "post", path: "/api/v1/webhooks/{webhookId}/rotate-secret", summary: "Rotate the signing secret", responses: { 200: { description: "The new secret, shown only now; every later attempt is signed with it", schema: z.object({ secret: webhookSecretSchema }) } } },
    { method: "get", path: "/api/v1/webhooks/{webhookId}/deliveries", summary: "The delivery log", responses: { 200: { description: "The last 100 attempts, newest first", schema: z.object({ deliveries: z.array(webhookDeliveryViewSchema) }) } } },
  ],
};
