import { z } from "zod";
import { JOB_EVENT_TYPES } from "./job-event-types";

/** A Last-Event-ID: the id of the last event a client saw (digits); absent means "from now on". */
export const lastEventIdSchema = z
  .string()
  .trim()
  .regex(/^\d{1,19}$/, "Last-Event-ID must be the id of an event (digits)")
  .transform((value) => BigInt(value))
  .optional();

/** GET /api/v1/events: `?lastEventId=` (the header's stand-in for clients that cannot set it), nothing else. */
export const eventsQuerySchema = z.strictObject({ lastEventId: z.string().max(100).optional() });

/** What each Server-Sent Event's data line holds. */
export const jobEventMessageSchema = z.object({
  type: z.enum(JOB_EVENT_TYPES),
  timestamp: z.iso.datetime(),
  data: z.record(z.string(), z.unknown()).meta({ description: "For a terminal event, what the matching GET returns; for progress, the bar's numbers" }),
});
