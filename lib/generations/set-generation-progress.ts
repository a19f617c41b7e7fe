import { getDb } from "@/lib/db/client";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { emitGenerationProgress, generationProgressSelect } from "@/lib/job-events/emit-generation-event";

const STAGE_SHARE = { generating: 0, thumbnail: 0.7, saving: 0.85 } as const;

export type PerImageStage = keyof typeof STAGE_SHARE;

/**
 * Writes the progress of image `index` of `total` at `stage` to a running generation's row (stage,
 * currentIndex, a percentage for the bar: 5% once started, 100% only when finished), with `data`
 * beside it, and reads back what its event tells. Null when the generation is no longer running
 * (cancelled, finished or gone): then nothing was written.
 */
export async function writeGenerationProgress(
  db: PrismaClient | Prisma.TransactionClient,
  generationId: string,
  index: number,
  total: number,
  stage: PerImageStage,
  data: Prisma.GenerationUpdateManyMutationInput = {},
) {
  const progress = Math.round(5 + (90 * (index + STAGE_SHARE[stage])) / Math.max(total, 1));
  const [row] = await db.generation.updateManyAndReturn({
    where: { id: generationId, status: { in: ["pending", "processing"] } },
    data: { ...data, status: "processing", stage, currentIndex: index, progress, waitingUntil: null },
    select: generationProgressSelect,
  });
  return row ?? null;
}

/** writeGenerationProgress in one statement of its own, and its event. */
export async function setGenerationProgress(generationId: string, index: number, total: number, stage: PerImageStage) {
  const row = await writeGenerationProgress(await getDb(), generationId, index, total, stage);
  if (row) await emitGenerationProgress(row);
}
