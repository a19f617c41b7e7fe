import { eventType } from "inngest";
import { z } from "zod";
import { imageProviderNameSchema } from "@/lib/providers/image/provider-names";

/** A batch row is ready to run, or to run again for its failed personas; the job reads the rest from the database. */
export const batchRequested = eventType("batch/requested", {
  schema: z.object({
    batchId: z.string().min(1).max(100),
    userId: z.string().min(1).max(100),
  }),
});

/** The owner cancelled a batch (its rows already say `cancelled`): the batch run, its persona runs and their generation runs stop. */
export const batchCancelRequested = eventType("batch/cancel.requested", {
  schema: z.object({ batchId: z.string().min(1).max(100) }),
});

/** One persona of a batch to take through base image → approval → variations (the batch job invokes it). */
export const batchPersonaRequested = eventType("batch/persona.requested", {
  schema: z.object({
    batchId: z.string().min(1).max(100),
    avatarId: z.string().min(1).max(120),
    userId: z.string().min(1).max(100),
    provider: imageProviderNameSchema,
  }),
});
