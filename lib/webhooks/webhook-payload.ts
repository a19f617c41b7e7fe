import type { JobEventMessage } from "@/lib/job-events/job-event-types";

/** The body every webhook receives: `{ type, timestamp, data }`, data being what the matching GET returns. */
export function webhookPayload(message: Pick<JobEventMessage, "type" | "timestamp" | "data"> | { type: string; timestamp: string; data: unknown }): string {
  return JSON.stringify({ type: message.type, timestamp: message.timestamp, data: message.data });
}

/** The webhook-id of a job event: the same for every endpoint and every retry. */
export function webhookMessageId(eventId: string): string {
  return `msg_${eventId}`;
}
