import { eventType } from "inngest";
import { z } from "zod";

/** A batch row is ready to run, or to run again for its failed personas; the job reads the rest from the database. */
export const batchRequested = eventType("batch/requested", {
  schema: z.object({
    batchId: z.string().min(1).max(100),
    userId: z.string().min(1).max(100),
  }),
});
