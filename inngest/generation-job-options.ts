import { getConfig } from "@/lib/config/env";
import { batchCancelRequested } from "@/lib/batches/batch-events";
import { generationCancelRequested } from "@/lib/generations/generation-events";

const config = getConfig();

/** What generation-run and the provider calls it invokes share: their lane's priority, cancels and limits. */
export const generationJobOptions = {
  // Work a person is waiting on goes ahead of batch, bulk and scheduled work (events without a lane are interactive).
  priority: { run: "event.data.lane == 'background' ? 0 : 120" },
  cancelOn: [
    { event: generationCancelRequested, if: "async.data.generationId == event.data.generationId" },
    { event: batchCancelRequested, if: "async.data.batchId == event.data.batchId" },
  ],
  perUser: { key: "event.data.userId", limit: config.GENERATION_CONCURRENCY_PER_USER },
  perProvider: { key: "event.data.provider", limit: config.PROVIDER_CONCURRENCY },
};
