import { eventType } from "inngest";
import { z } from "zod";
import { jobLaneSchema } from "@/lib/jobs/job-lane";
import { imageProviderNameSchema } from "@/lib/providers/image/provider-names";

/** Sent when a generation row is ready to run; the job reads everything else from the database. */
export const generationRequested = eventType("generation/requested", {
  schema: z.object({
    generationId: z.string().min(1).max(100),
    userId: z.string().min(1).max(100),
    provider: imageProviderNameSchema,
    /** Absent in events queued before lanes existed: they run as interactive work. */
    lane: jobLaneSchema.optional(),
    /** Set when the batch job runs it for one of its personas, so cancelling the batch cancels this run too. */
    batchId: z.string().min(1).max(100).optional(),
  }),
});

/** The owner cancelled a generation (its row already says `cancelled`): its run stops (cancelOn). */
export const generationCancelRequested = eventType("generation/cancel.requested", {
  schema: z.object({ generationId: z.string().min(1).max(100) }),
});
