import { recordUsage } from "@/lib/avatars/record-usage";
import { getDb } from "@/lib/db/client";
import { emitGenerationEnded } from "@/lib/job-events/emit-generation-event";

/**
 * Last step: completed when at least one image was made (with a note on any that failed), failed
 * when none was. A cancelled generation stays cancelled, with the count of the images it kept; one
 * deleted with its avatar or project is `gone`, and nothing is left to write.
 */
export async function finishGeneration(generationId: string) {
  const db = await getDb();
  const generation = await db.generation.findUnique({ where: { id: generationId } });
  if (!generation) return { status: "gone", done: 0, failed: 0 };
  const done = await db.image.count({ where: { generationId } });
  if (generation.status === "cancelled") {
    await db.generation.updateMany({ where: { id: generationId }, data: { done, waitingUntil: null } });
    return { status: "cancelled", done, failed: generation.failed };
  }
  const failed = Math.max(generation.total - done, 0);
  const succeeded = done > 0;
  const errorMessage = succeeded
    ? failed > 0
      ? `${failed} of ${generation.total} images failed. Last error: ${generation.errorMessage ?? "unknown"}`
      : null
    : (generation.errorMessage ?? "No image could be generated");
  const { count } = await db.generation.updateMany({
    where: { id: generationId },
    data: {
      status: succeeded ? "completed" : "failed",
      stage: succeeded ? "done" : "failed",
      currentIndex: null,
      progress: 100,
      done,
      failed,
      errorMessage,
      waitingUntil: null,
      completedAt: new Date(),
    },
  });
  if (count === 0) return { status: "gone", done: 0, failed: 0 };
  if (generation.avatarId) {
    await recordUsage(generation.avatarId, succeeded ? "generated" : "generation_failed", generation.userId, {
      generationId,
      type: generation.type,
      images: done,
      failed,
      ...(errorMessage ? { error: errorMessage } : {}),
    }).catch(async (error) => {
      // Its avatar was deleted meanwhile: there is no history left to add to.
      if (await db.generation.findUnique({ where: { id: generationId }, select: { id: true } })) throw error;
    });
  }
  // A finish step that runs again after the row was written tells nobody twice.
  if (generation.status !== "completed" && generation.status !== "failed") await emitGenerationEnded(generationId, succeeded ? "completed" : "failed");
  return { status: succeeded ? "completed" : "failed", done, failed };
}
