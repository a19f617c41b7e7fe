import { getDb } from "@/lib/db/client";
import { emitGenerationProgress } from "@/lib/job-events/emit-generation-event";

const STAGE_SHARE = { generating: 0, thumbnail: 0.7, saving: 0.85 } as const;

export type PerImageStage = keyof typeof STAGE_SHARE;

/**
 * Progress of image `index` of `total` at `stage`, written to the generation row as data (stage,
 * currentIndex, a percentage for the bar): 5% once started, 100% only when finished.
 */
export async function setGenerationProgress(generationId: string, index: number, total: number, stage: PerImageStage) {
  const progress = Math.round(5 + (90 * (index + STAGE_SHARE[stage])) / Math.max(total, 1));
  const db = await getDb();
  const { count } = await db.generation.updateMany({
    where: { id: generationId, status: { in: ["pending", "processing"] } },
    data: { status: "processing", stage, currentIndex: index, progress, waitingUntil: null },
  });
  if (count) await emitGenerationProgress(generationId);
}
