import { getDb } from "@/lib/db/client";
import { loadGenerationJob } from "./load-generation-job";

/** Records that image `index` failed for good; the others go on. */
export async function markImageFailed(generationId: string, index: number, message: string) {
  const { plan } = await loadGenerationJob(generationId);
  const item = plan[index];
  const db = await getDb();
  if (item.trainingItemId) {
    await db.trainingItem.update({ where: { id: item.trainingItemId }, data: { status: "failed", errorMessage: message } });
  }
  await db.generation.update({
    where: { id: generationId },
    data: { failed: { increment: 1 }, errorMessage: message },
  });
}
