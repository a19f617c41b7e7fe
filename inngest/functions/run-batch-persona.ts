import { NonRetriableError } from "inngest";
import { inngest } from "@/inngest/client";
import { batchPersonaRequested } from "@/inngest/events/batch-persona-requested";
import { approvePersonaBase } from "@/lib/batches/approve-persona-base";
import { beginBatchPersona } from "@/lib/batches/begin-batch-persona";
import { preparePersonaBaseGeneration } from "@/lib/batches/prepare-persona-base-generation";
import { preparePersonaVariationsGeneration } from "@/lib/batches/prepare-persona-variations-generation";
import { recordPersonaFailure, recordPersonaSuccess } from "@/lib/batches/record-persona-outcome";
import { settlePersonaBase } from "@/lib/batches/settle-persona-base";
import { settlePersonaVariations } from "@/lib/batches/settle-persona-variations";
import { NotFoundError } from "@/lib/errors";
import { runGeneration } from "./run-generation";

// Personas of one user whose small steps execute at once. Provider calls are bounded separately (and
// more tightly) by runGeneration's per-user and per-provider limits; a run waiting on them holds no slot.
const PERSONA_STEPS_PER_USER = 4;

/**
 * One persona of a batch: base image (its first image becomes the draft) → approved as the seed, by the
 * system → 4 variations of it. Each stage skips what an earlier run already made, so a retry re-does
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
    onFailure: async ({ event, error }) => {
      const avatarId = event.data.event.data?.avatarId;
      if (typeof avatarId === "string") await recordPersonaFailure(avatarId, "persona", error.message);
    },
  },
  async ({ event, step }) => {
    const { avatarId, userId, provider } = event.data;
    const fail = (stage: string, message: string) => step.run("record-failure", () => recordPersonaFailure(avatarId, stage, message));
    const generate = async (id: string, generationId: string) => {
      try {
        await step.invoke(id, { function: runGeneration, data: { generationId, userId, provider } });
        return null;
      } catch (error) {
        return (error as Error).message || "The image job failed";
      }
    };

    const begun = await step.run("begin", async () => {
      try {
        return await beginBatchPersona(avatarId);
      } catch (error) {
        // Deleted meanwhile (its avatar or batch): nothing left to do, and retrying cannot help.
        if (error instanceof NotFoundError) throw new NonRetriableError(error.message);
        throw error;
      }
    });
    if (begun.done) return { status: "succeeded" as const, skipped: true };

    const base = await step.run("prepare-base", () => preparePersonaBaseGeneration(avatarId));
    if (base.generationId) {
      const jobError = await generate("generate-base", base.generationId);
      const settled = await step.run("settle-base", () => settlePersonaBase(avatarId));
      if (!settled.ok) return fail("base", settled.reason ?? jobError ?? "No base image was generated");
    }

    const approved = await step.run("approve-base", () => approvePersonaBase(avatarId));
    if (approved.error) return fail("approve", approved.error);

    const variations = await step.run("prepare-variations", () => preparePersonaVariationsGeneration(avatarId));
    if (variations.error) return fail("variations", variations.error);
    if (variations.generationId) {
      const jobError = await generate("generate-variations", variations.generationId);
      const settled = await step.run("settle-variations", () => settlePersonaVariations(avatarId));
      if (!settled.ok) return fail("variations", settled.reason ?? jobError ?? "No variations were generated");
    }

    return step.run("record-success", () => recordPersonaSuccess(avatarId));
  },
);
