import { getDb } from "@/lib/db/client";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { emitGenerationProgress, generationProgressSelect } from "@/lib/job-events/emit-generation-event";
import { makesImagesAtOnce } from "./images-at-once";
import type { GenerationJob } from "./load-generation-job";

const STAGE_SHARE = { generating: 0, thumbnail: 0.7, saving: 0.85 } as const;

export type PerImageStage = keyof typeof STAGE_SHARE;

/** What a progress write reads of its generation: its images, and whether they are made side by side. */
type ProgressJob = Pick<GenerationJob, "generation" | "input" | "plan">;

/**
 * Writes the progress of image `index` at `stage` to a running generation's row (stage, currentIndex, a
 * percentage for the bar: 5% once started, 100% only when finished), with `data` beside it, and reads back
 * what its event tells. Images made side by side (lib/generations/images-at-once.ts) have no one image in
 * progress: currentIndex stays null and the bar moves with the count of images saved (`data.done`). Null
 * when the generation is no longer running (cancelled, finished or gone): then nothing was written.
 */
export async function writeGenerationProgress(
  db: PrismaClient | Prisma.TransactionClient,
  job: ProgressJob,
  index: number,
  stage: PerImageStage,
  data: Prisma.GenerationUpdateManyMutationInput = {},
) {
  const percent = (images: number) => Math.round(5 + (90 * images) / Math.max(job.plan.length, 1));
  const place = makesImagesAtOnce(job.generation, job.input)
    ? { currentIndex: null, ...(typeof data.done === "number" ? { progress: percent(data.done) } : {}) }
    : { currentIndex: index, progress: percent(index + STAGE_SHARE[stage]) };
  const [row] = await db.generation.updateManyAndReturn({
    where: { id: job.generation.id, status: { in: ["pending", "processing"] } },
    data: { ...data, status: "processing", stage, ...place, waitingUntil: null },
    select: generationProgressSelect,
  });
  return row ?? null;
}

/** writeGenerationProgress in one statement of its own, and its event. */
export async function setGenerationProgress(job: ProgressJob, index: number, stage: PerImageStage) {
  const row = await writeGenerationProgress(await getDb(), job, index, stage);
  if (row) await emitGenerationProgress(row);
}
