import { inngest } from "@/inngest/client";
import { generationJobOptions } from "@/inngest/generation-job-options";
import { toJobError } from "@/inngest/job-errors";
import { generateRetryImage } from "@/lib/generations/generate-retry-image";
import { generateStoredImage } from "@/lib/generations/generate-stored-image";
import { providerCallRequested } from "@/lib/generations/generation-events";
import { isIllustratedProvider } from "@/lib/faces/face-check-types";

const { priority, cancelOn, perUser, perProvider } = generationJobOptions;

/**
 * One provider call of a generation and the store of its original: image `index` (attempt 0) or a re-make
 * of it when it drifted (attempt 1…). generation-run invokes it; the per-user and per-provider limits are
 * this function's, so a provider slot is held for the call alone while generation-run makes thumbnails,
 * rows, face and safety checks of earlier images beside it. Retries, a provider's Retry-After and cancels
 * work as they did inside generation-run; a retried call that finds its file stored calls nothing again.
 */
export const runProviderCall = inngest.createFunction(
  {
    id: "generation-provider-call",
    name: "Call the image provider",
    triggers: [providerCallRequested],
    retries: 4,
    concurrency: [perUser, perProvider],
    priority,
    cancelOn,
  },
  async ({ event, step }) => {
    const { generationId, index, attempt } = event.data;
    return step.run("call-provider", () => makeProviderCall(generationId, index, attempt));
  },
);

/** The call itself (the step of this function, or a step of generation-run when no remote slot is held). */
export async function makeProviderCall(generationId: string, index: number, attempt: number) {
  const made = await (attempt > 0 ? generateRetryImage(generationId, index, attempt) : generateStoredImage(generationId, index)).catch(toJobError);
  const model = "model" in made ? made.model : undefined;
  return { cancelled: made.cancelled, gone: made.gone, ...(model ? { model } : {}) };
}

/**
 * Whether a provider's calls run as runs of their own. The built-in offline generator draws on this
 * server's own cores: it has no remote slot to free while the rest of the image is made, so its calls
 * are steps of generation-run (the per-user limit bounds them) and skip the extra run's bookkeeping.
 */
export function callsRunApart(provider: string) {
  return !isIllustratedProvider(provider);
}
