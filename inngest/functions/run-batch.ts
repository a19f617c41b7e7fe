import { inngest } from "@/inngest/client";
import { toJobError } from "@/inngest/job-errors";
import { batchCancelRequested, batchRequested } from "@/lib/batches/batch-events";
import { beginBatch } from "@/lib/batches/run/begin-batch";
import { beginBatchImages } from "@/lib/batches/run/begin-batch-images";
import { failBatch } from "@/lib/batches/run/fail-batch";
import { finishBatch } from "@/lib/batches/run/finish-batch";
import { recordPersonaFailure } from "@/lib/batches/run/record-persona-outcome";
import { isGone, unlessBatchGone } from "@/lib/batches/run/unless-gone";
import { writeBatchPersonas } from "@/lib/batches/run/write-batch-personas";
import { runBatchPersona } from "./run-batch-persona";

/**
 * Personas started together; the next wave starts when the whole wave has finished. Big enough that
 * the image jobs (limited per user and per provider anyway) rarely wait for a wave's last persona
 * (scripts/bench-batch.ts: 10 cost ~12% against one wave for 20 personas), small enough that a
 * 100-persona batch shows personas finishing as it goes and does not queue a user's other
 * generations behind all of its own.
 */
export const PERSONA_WAVE_SIZE = 20;

/** Rounds one batch run makes for personas approved from review while it ran (each round is a few steps). */
const MAX_ROUNDS = 20;

/**
 * A batch: persona data in one step (with its avatars) → fan-out of one persona run per persona that
 * still needs images, a wave at a time → finish when every persona run has returned. The same run
 * serves "retry failed": written personas are kept and succeeded ones skipped. The batch fails only
 * when its data cannot be written or when every persona failed.
 */
export const runBatch = inngest.createFunction(
  {
    id: "batch-run",
    name: "Generate a persona batch",
    triggers: [batchRequested],
    retries: 3,
    cancelOn: [{ event: batchCancelRequested, if: "async.data.batchId == event.data.batchId" }],
    onFailure: async ({ event, error }) => {
      const batchId = event.data.event.data?.batchId;
      if (typeof batchId === "string") await failBatch(batchId, "batch", error.message);
    },
  },
  async ({ event, step }) => {
    const { batchId, userId } = event.data;
    // Deleted with its project mid-run (the rows cascade): the run ends quietly instead of failing.
    const gone = { status: "gone" as const };
    const start = await step.run("begin", () => unlessBatchGone(batchId, () => beginBatch(batchId)).catch(toJobError));
    if (isGone(start)) return gone;
    if (start.cancelled) return { status: "cancelled" as const };

    if (start.needsData) {
      try {
        const written = await step.run("write-personas", () => unlessBatchGone(batchId, () => writeBatchPersonas(batchId)).catch(toJobError));
        if (isGone(written)) return gone;
        if (written.cancelled) return { status: "cancelled" as const };
      } catch (error) {
        const message = `Could not write the persona data: ${(error as Error).message}`;
        return step.run("fail-data", () => failBatch(batchId, "data", message));
      }
    }
    const finish = async (round: number) => {
      const finished = await step.run(round ? `finish-${round}` : "finish", () => unlessBatchGone(batchId, () => finishBatch(batchId)).catch(toJobError));
      return isGone(finished) ? gone : finished;
    };
    if (!start.images) return finish(0);

    // A round takes every persona waiting now; a base a person approved from the review queue while it ran
    // waits as pending, so finishing answers `again` and the next round takes it.
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const suffix = round ? `-r${round}` : "";
      const images = await step.run(`begin-images${suffix}`, () => unlessBatchGone(batchId, () => beginBatchImages(batchId)).catch(toJobError));
      if (isGone(images)) return gone;
      const { avatarIds, provider } = images;
      for (let first = 0; first < avatarIds.length; first += PERSONA_WAVE_SIZE) {
        await Promise.all(
          avatarIds.slice(first, first + PERSONA_WAVE_SIZE).map((avatarId) =>
            step
              .invoke(`persona-${avatarId}${suffix}`, { function: runBatchPersona, data: { batchId, avatarId, userId, provider } })
              // The persona run records its own failures; this covers a run that died before it could.
              .catch((error: Error) => step.run(`persona-failed-${avatarId}${suffix}`, () => recordPersonaFailure(avatarId, "persona", error.message))),
          ),
        );
      }
      const finished = await finish(round);
      if (!("again" in finished) || !finished.again) return finished;
    }
    // Approvals kept arriving: this run stops here, and the next approval starts a new one.
    return step.run("finish-stop", () => unlessBatchGone(batchId, () => finishBatch(batchId, { final: true })).catch(toJobError));
  },
);
