import { eventType } from "inngest";
import { z } from "zod";
import { jobLaneSchema } from "@/lib/jobs/job-lane";
import { imageProviderNameSchema } from "@/lib/providers/image/provider-names";

const generationJobData = z.object({
  generationId: z.string().min(1).max(100),
  userId: z.string().min(1).max(100),
  provider: imageProviderNameSchema,
  /** Absent in events queued before lanes existed: they run as interactive work. */
  lane: jobLaneSchema.optional(),
  /** Set when the batch job runs it for one of its personas, so cancelling the batch cancels this run too. */
  batchId: z.string().min(1).max(100).optional(),
});

/** Sent when a generation row is ready to run; the job reads everything else from the database. */
export const generationRequested = eventType("generation/requested", { schema: generationJobData });

/**
 * One provider call of a generation: its image `index` (attempt 0) or a re-make of that image when it
 * drifted (attempt 1…). Only generation-run starts it, with step.invoke; the call's limits live on it.
 */
export const providerCallRequested = eventType("generation/provider-call.requested", {
  schema: generationJobData.extend({
    index: z.number().int().min(0).max(10_000),
    attempt: z.number().int().min(0).max(100),
  }),
});

/** The owner cancelled a generation (its row already says `cancelled`): its run stops (cancelOn). */
export const generationCancelRequested = eventType("generation/cancel.requested", {
  schema: z.object({ generationId: z.string().min(1).max(100) }),
});
