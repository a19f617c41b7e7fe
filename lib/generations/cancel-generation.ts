import { sendEvent } from "@/inngest/send-event";
import { getDb } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { emitGenerationEnded } from "@/lib/job-events/emit-generation-event";
import { discardRetryAttempts } from "./discard-retry-attempts";
import { generationCancelRequested } from "./generation-events";
import { generationSelect } from "./generation-view";
import { getGenerationOrThrow } from "./get-generation-or-throw";

const UNFINISHED = ["pending", "processing"] as const;

/**
 * Cancels a queued or running generation (a training set too): its row and its unfinished training
 * items say `cancelled` before this returns, and every step checks that right before a provider call,
 * so no new call starts. A call already in flight may finish and its image is kept; images made
 * before stay. Then the run itself is stopped (cancelOn). 409 once it has finished.
 */
export async function cancelGeneration(ownerId: string, generationId: string) {
  await getGenerationOrThrow(ownerId, generationId);
  const db = await getDb();
  const cancelled = await db.$transaction(async (tx) => {
    const { count } = await tx.generation.updateMany({
      where: { id: generationId, project: { ownerId }, status: { in: [...UNFINISHED] } },
      data: { status: "cancelled", stage: "cancelled", currentIndex: null, waitingUntil: null, completedAt: new Date() },
    });
    if (count) await tx.trainingItem.updateMany({ where: { generationId, status: { in: [...UNFINISHED] } }, data: { status: "cancelled" } });
    return count > 0;
  });
  if (!cancelled) throw new ConflictError("This generation has already finished");
  await discardRetryAttempts([generationId]);
  await emitGenerationEnded(generationId, "cancelled");
  // The rows already stop every provider call; the event also ends the run (a failed send only leaves it to finish its current step).
  await sendEvent(generationCancelRequested, { generationId }).catch((error) => console.error(`[jobs] could not send the cancel event: ${(error as Error).message}`));
  return db.generation.findUniqueOrThrow({ where: { id: generationId }, select: generationSelect });
}
