import { inngest } from "@/inngest/client";
import { toJobError } from "@/inngest/job-errors";
import { generationJobOptions } from "@/inngest/generation-job-options";
import { beginGeneration } from "@/lib/generations/begin-generation";
import { failGeneration } from "@/lib/generations/fail-generation";
import { finishGeneration } from "@/lib/generations/finish-generation";
import { generationRequested } from "@/lib/generations/generation-events";
import { markImageFailed } from "@/lib/generations/mark-image-failed";
import { checkGeneratedImage, checkKeptImageSafety } from "@/lib/generations/check-generated-image";
import { saveGeneratedImage } from "@/lib/generations/save-generated-image";
import { remakeDriftedImage } from "@/inngest/remake-drifted-image";
import { callsRunApart, makeProviderCall, runProviderCall } from "./run-provider-call";

const { priority, cancelOn, perUser } = generationJobOptions;

/**
 * One generation: build prompt → per image (generate with the provider and store the original, in a
 * provider-call run this one invokes, which holds the provider's limit for the call alone → save:
 * thumbnail and image row → check: face checks (quality of a base, identity against the seed) and content
 * safety; a drifted image is re-made up to the project's maxIdentityRetries, the best attempt kept and
 * then its safety checked) → finish. Each step reads ids from the database and writes under
 * deterministic keys, so a retried step never duplicates a file or a row. An image that fails for good
 * is recorded and the others go on; the generation fails only when no image was made.
 */
export const runGeneration = inngest.createFunction(
  {
    id: "generation-run",
    name: "Generate images",
    triggers: [generationRequested],
    retries: 4,
    // A user's generations doing their own steps; a provider call waits for its limits in run-provider-call.
    concurrency: [perUser],
    priority,
    cancelOn,
    onFailure: async ({ event, error }) => {
      const generationId = event.data.event.data?.generationId;
      if (typeof generationId === "string") await failGeneration(generationId, error.message);
    },
  },
  async ({ event, step }) => {
    const { generationId } = event.data;
    /**
     * Image `index` made by the provider (attempt 0), or a re-make of it (1…): in its own run under the
     * provider's limits, or as a step here for the offline generator (callsRunApart).
     */
    const callProvider = (stepId: string, index: number, attempt: number) =>
      callsRunApart(event.data.provider)
        ? step.invoke(stepId, { function: runProviderCall, data: { ...event.data, index, attempt } })
        : step.run(stepId, () => makeProviderCall(generationId, index, attempt));
    // Nothing in starting a generation gets better by waiting: any failure ends the run.
    const plan = await step.run("build-prompt", () =>
      beginGeneration(generationId).catch((error) => toJobError(error, { uncoded: "stop", prefix: "Cannot start generation" })),
    );
    // Cancelled (its row says so before cancelOn reaches the run): no provider call starts.
    if (plan.cancelled) return { status: plan.gone ? ("gone" as const) : ("cancelled" as const) };
    // Deleted with its avatar or project (the rows cascade): the step that noticed removed what it had
    // stored, and the run ends quietly instead of failing and retrying.
    const gone = { status: "gone" as const };
    /** Image `index` from its provider call to its checks (or its recorded failure); "gone" and "cancelled" end the generation. */
    const makeImage = async (index: number): Promise<"done" | "gone" | "cancelled"> => {
      try {
        const generated = await callProvider(`generate-${index}`, index, 0);
        if (generated.gone) return "gone";
        if (generated.cancelled) return "cancelled";
        const saved = await step.run(`save-${index}`, () => saveGeneratedImage(generationId, index, typeof generated.model === "string" ? generated.model : undefined));
        if (saved.gone || !saved.imageId) return "gone";
        // An illustration's row was written with its checks' reports (neither measures it): no check step.
        if (saved.checked) return "done";
        // Face checks, then content safety (lib/safety) unless the image drifted: a flagged image is kept,
        // blurred and left out of exports; a failed check leaves the image without that report.
        const { analysis, safety } = await step.run(`check-${index}`, () => checkGeneratedImage(saved.imageId));
        if ("seed" in analysis && analysis.status === "drifted") {
          const first = { attempt: 0, seed: analysis.seed, score: analysis.score, status: analysis.status };
          if ((await remakeDriftedImage(step, callProvider, generationId, index, first)).gone) return "gone";
        }
        // A drifted image's safety is checked on the attempt that was kept.
        if (!safety) await step.run(`safety-${index}`, () => checkKeptImageSafety(saved.imageId));
        return "done";
      } catch (error) {
        if ((await step.run(`record-failure-${index}`, () => markImageFailed(generationId, index, (error as Error).message))).gone) return "gone";
        return "done";
      }
    };
    // Side by side (parallel steps) when the plan says so (lib/generations/images-at-once.ts); in order otherwise,
    // stopping at the first image that finds the generation cancelled or gone. A plan saved before `atOnce`
    // existed replays in order, as it ran.
    const indexes = Array.from({ length: plan.total }, (_, index) => index);
    const outcomes: Array<Awaited<ReturnType<typeof makeImage>>> = [];
    if (plan.atOnce) outcomes.push(...(await Promise.all(indexes.map(makeImage))));
    else for (const index of indexes) if ((outcomes[index] = await makeImage(index)) !== "done") break;
    if (outcomes.includes("gone")) return gone;
    if (outcomes.includes("cancelled")) return step.run("finish-cancelled", () => finishGeneration(generationId));
    return step.run("finish", () => finishGeneration(generationId));
  },
);
