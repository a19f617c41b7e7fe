import { z } from "zod";
import { WEBHOOK_EVENT_TYPES, webhookEventTypeSchema } from "@/lib/job-events/job-event-types";

const webhookUrl = z.string().trim().min(1, "Enter the endpoint's URL").max(2000, "The URL is too long (2000 characters at most)");
const webhookEvents = z
  .array(webhookEventTypeSchema)
  .min(1, "Pick at least one event")
  .max(WEBHOOK_EVENT_TYPES.length)
  .transform((events) => [...new Set(events)]);

/** POST /api/v1/webhooks and the settings form. */
export const createWebhookSchema = z.object({ url: webhookUrl, events: webhookEvents }).strict();

/** PATCH /api/v1/webhooks/:id: any of the three. */
export const updateWebhookSchema = z
  .object({ url: webhookUrl.optional(), events: webhookEvents.optional(), enabled: z.boolean().optional() })
  .strict()
  .refine((input) => input.url !== undefined || input.events !== undefined || input.enabled !== undefined, "Give url, events or enabled");

export const webhookIdSchema = z.string().trim().min(1).max(100);

export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;
export type UpdateWebhookInput = z.infer<typeof updateWebhookSchema>;

/** A webhook as the API returns it (never its secret). */
export const webhookViewSchema = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(webhookEventTypeSchema),
  enabled: z.boolean(),
  disabledReason: z.string().nullable().meta({ description: "Why the app switched it off (every delivery failing for 3 days)" }),
  failingSince: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const webhookSecretSchema = z.string().regex(/^whsec_/).meta({ description: "The signing secret, shown only now", example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" });

export const webhookDeliveryViewSchema = z.object({
  id: z.string(),
  event: z.string().meta({ example: "generation.completed" }),
  webhookMessageId: z.string().meta({ description: "The webhook-id header: the same on every retry of one event" }),
  attempt: z.number().int().min(1),
  status: z.enum(["delivered", "failed", "pending"]).meta({ description: "pending: this attempt failed and another follows at nextAttemptAt" }),
  httpStatus: z.number().int().nullable(),
  durationMs: z.number().int().nullable(),
  responseSnippet: z.string().nullable().meta({ description: "The first 500 bytes of the answer, or why there was none" }),
  createdAt: z.iso.datetime(),
  nextAttemptAt: z.iso.datetime().nullable(),
});
