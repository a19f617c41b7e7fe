import { z } from "zod";

/** The terminal events a webhook can subscribe to (also streamed live). */
export const WEBHOOK_EVENT_TYPES = [
  "generation.completed",
  "generation.failed",
  "generation.cancelled",
  "batch.completed",
  "batch.failed",
  "batch.cancelled",
  "training.completed",
  "training.failed",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Everything the live stream carries: the terminal events plus progress. */
export const JOB_EVENT_TYPES = ["generation.progress", "batch.progress", ...WEBHOOK_EVENT_TYPES] as const;

export type JobEventType = (typeof JOB_EVENT_TYPES)[number];

export const webhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES);

export function isWebhookEventType(type: string): type is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(type);
}

/** What a live event and a webhook body carry: `{ type, timestamp, data }`. */
export interface JobEventMessage {
  id: string;
  type: JobEventType;
  timestamp: string;
  data: Record<string, unknown>;
}
