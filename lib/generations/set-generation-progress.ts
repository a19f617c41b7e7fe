import { getDb } from "@/lib/db/client";

const STAGE_SHARE = { generating: 0, thumbnail: 0.7, saving: 0.85 } as const;

/**
 * Progress of image `index` of `total` at `stage`, written to the generation row for the UI's
 * progress bar: 5% once started, 100% only when finished.
 */
export async function setGenerationProgress(generationId: string, index: number, total: number, stage: keyof typeof STAGE_SHARE) {
  const progress = Math.round(5 + (90 * (index + STAGE_SHARE[stage])) / Math.max(total, 1));
  const label = total > 1 ? `${stage} ${index + 1}/${total}` : stage;
  const db = await getDb();
  await db.generation.updateMany({
    where: { id: generationId, status: { in: ["pending", "processing"] } },
    data: { status: "processing", stage: label, progress },
  });
}
