import { eventType } from "inngest";
import { z } from "zod";

/** One persona of a batch to take through base image → approval → variations (the batch job invokes it). */
export const batchPersonaRequested = eventType("batch/persona.requested", {
  schema: z.object({
    batchId: z.string().min(1).max(100),
    avatarId: z.string().min(1).max(120),
    userId: z.string().min(1).max(100),
    provider: z.enum(["local", "huggingface", "openai"]),
  }),
});
