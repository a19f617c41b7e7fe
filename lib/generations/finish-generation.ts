import { recordUsage } from "@/lib/avatars/record-usage";
import { getDb } from "@/lib/db/client";
import { emitGenerationEnded } from "@/lib/job-events/emit-generation-event";

/**
 * Last step: completed when at least one image was made (with a note on any that failed), failed
 * when none was. A cancelled generation stays cancelled, with the count of the images it kept.
 */
export async function finishGeneration(generationId: string) {
  const db = await getDb();
  const generation = await db.generation.findUniqueOrThrow({ where: { id: generationId } });
  const done = await db.image.count({ where: { generationId } });
  if (generation.status === "cancelled") {
    await db.generation.update({ where: { id: generationId }, data: { done } });
    return { status: "cancelled", done, failed: generation.failed };
  }
  const failed = Math.max(generation.total - done, 0);
  const succeeded = done > 0;
  const errorMessage = succeeded
    ? failed > 0
      ? `${failed} of ${generation.total} images failed. Last error: ${generation.errorMessage ?? "unknown"}`
      : null
    : (generation.errorMessage ?? "No image could be generated");
  await db.generation.update({
    where: { id: generationId },
    data: {
      status: succeeded ? "completed" : "failed",
      stage: succeeded ? "done" : "failed",
      currentIndex: null,
      progress: 100,
      done,
      failed,
      errorMessage,
      completedAt: new Date(),
    },
  });
  if (generation.avatarId) {
    await recordUsage(generation.avatarId, succeeded ? "generated" : "generation_failed", generation.userId, {
      generationId,
      type: generation.type,
      images: done,
      failed,
      ...(errorMessage ? { error: errorMessage } : {}),
    });
  }
  // A finish step that runs again after the row was written tells nobody twice.
  if (generation.status !== "completed" && generation.status !== "failed") await emitGenerationEnded(generationId, succeeded ? "completed" : "failed");
  return { status: succeeded ? "completed" : "failed", done, failed };
}
