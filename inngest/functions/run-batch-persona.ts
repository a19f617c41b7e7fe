import { inngest } from "@/inngest/client";
import { toJobError } from "@/inngest/job-errors";
import { batchCancelRequested, batchPersonaRequested } from "@/lib/batches/batch-events";
import { continueAfterBase } from "@/lib/batches/run/continue-after-base";
import { finishBatchPersona } from "@/lib/batches/run/finish-batch-persona";
import { recordPersonaFailure } from "@/lib/batches/run/record-persona-outcome";
import { startBatchPersona } from "@/lib/batches/run/start-batch-persona";
import { isGone, unlessPersonaGone } from "@/lib/batches/run/unless-gone";
import { runGeneration } from "./run-generation";

// Personas of one user whose small steps execute at once. Provider calls are bounded separately (and
// more tightly) by runGeneration's per-user and per-provider limits; a run waiting on them holds no slot.
const PERSONA_STEPS_PER_USER = 4;

/**
 * One persona of a batch: base image (its first image becomes the draft) → approved as the seed, by the
 * system when the batch's autoApprove rule lets it (else it waits in review and the run ends; a person's
 * approval queues the persona again, and this run then skips to its variations) → 4 variations of it. Each stage skips what an earlier run already made, so a retry re-does
 * only the failed part. A failed stage is recorded with its reason and ends this persona only: the run
 * itself succeeds, and the batch goes on with the others.
 */
export const runBatchPersona = inngest.createFunction(
  {
    id: "batch-persona-run",
    name: "Generate a batch persona's images",
    triggers: [batchPersonaRequested],
    retries: 2,
    concurrency: [{ key: "event.data.userId", limit: PERSONA_STEPS_PER_USER }],
    cancelOn: [{ event: batchCancelRequested, if: "async.data.batchId == event.data.batchId" }],
    onFailure: async ({ event, error }) => {
      const avatarId = event.data.event.data?.avatarId;
      if (typeof avatarId === "string") await recordPersonaFailure(avatarId, "persona", error.message);
    },
  },
  async ({ event, step }) => {
    const { avatarId, userId, provider, batchId } = event.data;
    /** Runs one generation to its end; the job's own error when it failed outright (the generation row usually says more). */
    const generate = async (id: string, generationId: string) => {
      try {
        await step.invoke(id, { function: runGeneration, data: { generationId, userId, provider, lane: "background", batchId } });
        return null;
      } catch (error) {
        return (error as Error).message || "The image job failed";
      }
    };

    // Deleted with its project mid-run (the rows cascade): the run ends quietly instead of failing.
    const gone = { status: "gone" as const };
    const start = await step.run("start", () => unlessPersonaGone(avatarId, () => startBatchPersona(avatarId)).catch(toJobError));
    if (isGone(start)) return gone;
    if (start.cancelled) return { status: "cancelled" as const };
    if (start.done) return { status: "succeeded" as const, skipped: true };

    const baseError = start.generationId ? await generate("generate-base", start.generationId) : null;
    const next = await step.run("approve-and-prepare-variations", () =>
      unlessPersonaGone(avatarId, () => continueAfterBase(avatarId, baseError)).catch(toJobError),
    );
    if (isGone(next)) return gone;
    if (next.review) return { status: "needs_review" as const };
    if (next.stopped) return { status: "failed" as const };

    const variationsError = next.generationId ? await generate("generate-variations", next.generationId) : null;
    const finished = await step.run("finish", () => unlessPersonaGone(avatarId, () => finishBatchPersona(avatarId, variationsError)).catch(toJobError));
    return isGone(finished) ? gone : finished;
  },
);
