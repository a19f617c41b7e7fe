import { getDb } from "@/lib/db/client";
import { findGenerationJob } from "./load-generation-job";

/** Records that image `index` failed for good; the others go on. Nothing to record once the generation is gone. */
export async function markImageFailed(generationId: string, index: number, message: string) {
  const job = await findGenerationJob(generationId, { reference: false });
  if (!job) return { gone: true };
  const item = job.plan[index];
  const db = await getDb();
  if (item.trainingItemId) {
    await db.trainingItem.updateMany({ where: { id: item.trainingItemId }, data: { status: "failed", errorMessage: message } });
  }
  await db.generation.updateMany({
    where: { id: generationId },
    data: { failed: { increment: 1 }, errorMessage: message },
  });
  return { gone: false };
}
