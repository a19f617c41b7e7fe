import { getDb } from "@/lib/db/client";
import { emitGenerationProgress, generationProgressSelect } from "@/lib/job-events/emit-generation-event";

const STAGE_SHARE = { generating: 0, thumbnail: 0.7, saving: 0.85 } as const;

export type PerImageStage = keyof typeof STAGE_SHARE;

/**
 * Progress of image `index` of `total` at `stage`, written to the generation row as data (stage,
 * currentIndex, a percentage for the bar): 5% once started, 100% only when finished.
 */
export async function setGenerationProgress(generationId: string, index: number, total: number, stage: PerImageStage) {
  const progress = Math.round(5 + (90 * (index + STAGE_SHARE[stage])) / Math.max(total, 1));
  const db = await getDb();
  // One statement writes the progress and reads back what the event tells (each step writes it).
  const [row] = await db.generation.updateManyAndReturn({
    where: { id: generationId, status: { in: ["pending", "processing"] } },
    data: { status: "processing", stage, currentIndex: index, progress, waitingUntil: null },
    select: generationProgressSelect,
  });
  if (row) await emitGenerationProgress(row);
}
