import { sendEvent } from "@/inngest/send-event";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ImageProviderName } from "@/lib/providers/image";
import type { JobLane } from "@/lib/jobs/job-lane";
import { generationRequested } from "./generation-events";
import { generationSelect } from "./generation-view";

/**
 * Queues the job for a generation row that is already written. If the job cannot be queued the
 * generation is marked failed with the reason (it can be retried), so nothing waits forever.
 * Work queued here was started by a person (interactive), unless the caller says it is bulk or
 * scheduled work (background); the batch job invokes its own generations in the background lane.
 * A hand-made training set or variations of a batch persona (its row carries the batchId) is still
 * interactive.
 */
export async function enqueueGeneration(
  generation: { id: string; userId: string; provider: string },
  { lane = "interactive" }: { lane?: JobLane } = {},
) {
  try {
    await sendEvent(
      generationRequested,
      { generationId: generation.id, userId: generation.userId, provider: generation.provider as ImageProviderName, lane },
      { id: `${generation.id}-${Date.now()}` },
    );
  } catch (error) {
    const db = await getDb();
    const message = `Could not queue the job: ${(error as Error).message}`;
    await db.generation.update({ where: { id: generation.id }, data: { status: "failed", stage: "failed", errorMessage: message } });
    throw new AppError(`${message}. Try again in a moment.`, "service_unavailable", { cause: error });
  }
  const db = await getDb();
  return db.generation.findUniqueOrThrow({ where: { id: generation.id }, select: generationSelect });
}
