import { sendEvent } from "@/inngest/send-event";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ImageProviderName } from "@/lib/providers/image";
import { generationRequested } from "./generation-events";
import { generationSelect } from "./generation-view";

/**
 * Queues the job for a generation row that is already written. If the job cannot be queued the
 * generation is marked failed with the reason (it can be retried), so nothing waits forever.
 */
export async function enqueueGeneration(generation: { id: string; userId: string; provider: string }) {
  try {
    await sendEvent(
      generationRequested,
      { generationId: generation.id, userId: generation.userId, provider: generation.provider as ImageProviderName },
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
