import { eventType } from "inngest";
import { z } from "zod";
import { imageProviderNameSchema } from "@/lib/providers/image/provider-names";

/** Sent when a generation row is ready to run; the job reads everything else from the database. */
export const generationRequested = eventType("generation/requested", {
  schema: z.object({
    generationId: z.string().min(1).max(100),
    userId: z.string().min(1).max(100),
    provider: imageProviderNameSchema,
  }),
});
