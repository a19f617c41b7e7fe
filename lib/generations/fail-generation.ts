import { getDb } from "@/lib/db/client";
import { emitGenerationEnded } from "@/lib/job-events/emit-generation-event";

/** The run itself failed (onFailure): the generation and its unfinished training items are failed with the message. */
export async function failGeneration(generationId: string, message: string) {
  const db = await getDb();
  const { count } = await db.generation.updateMany({
    where: { id: generationId, status: { in: ["pending", "processing"] } },
    data: { status: "failed", stage: "failed", currentIndex: null, waitingUntil: null, errorMessage: message, completedAt: new Date() },
  });
  await db.trainingItem.updateMany({
    where: { generationId, status: { in: ["pending", "processing"] } },
    data: { status: "failed", errorMessage: message },
  });
  if (count) await emitGenerationEnded(generationId, "failed");
}
