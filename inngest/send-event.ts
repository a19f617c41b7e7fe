import type { EventType, StandardSchemaV1 } from "inngest";
import { inngest } from "./client";

type EventSchema = StandardSchemaV1<Record<string, unknown>> | undefined;
type EventData<TSchema extends EventSchema> = TSchema extends StandardSchemaV1<infer TData> ? TData : Record<string, unknown>;

export interface SendEventOptions {
  /** Sending the same id twice starts each function once (the embedded driver keeps this forever, Inngest for 24 h). */
  id?: string;
}

/**
 * How every door (route handler, server action, job step outside step.sendEvent) starts a job, in all
 * three modes. Pass an `eventType(...)` for typed, schema-checked data, or a plain event name.
 */
export async function sendEvent<TName extends string, TSchema extends EventSchema>(
  event: EventType<TName, TSchema>,
  data: EventData<TSchema>,
  options?: SendEventOptions,
): Promise<{ ids: string[] }>;
export async function sendEvent(name: string, data?: Record<string, unknown>, options?: SendEventOptions): Promise<{ ids: string[] }>;
// The overloads above carry the types; the implementation only tells a name from an event type.
export async function sendEvent(event: string | EventType<string, EventSchema>, data: unknown = {}, options: SendEventOptions = {}): Promise<{ ids: string[] }> {
  const fields = data as Record<string, unknown>;
  if (typeof event === "string") return inngest.send({ name: event, data: fields, ...(options.id && { id: options.id }) });
  // create() carries the schema's validate(), which inngest.send runs before anything is stored.
  return inngest.send((event as EventType<string, undefined>).create(fields, options));
}
