import { getDb } from "@/lib/db/client";
import { makesImagesAtOnce } from "./images-at-once";
import { findGenerationJob } from "./load-generation-job";

/**
 * First step of a run: marks the generation processing and returns its image plan (ids only, and
 * whether the images are made side by side: lib/generations/images-at-once.ts); `cancelled` when its owner cancelled it before it started (then nothing is changed), or when
 * it is gone with its deleted avatar or project (`gone` too).
 */
export async function beginGeneration(generationId: string) {
  const job = await findGenerationJob(generationId, { reference: false });
  if (!job) return { cancelled: true, gone: true, total: 0, imageIds: [], atOnce: false };
  if (job.generation.status === "cancelled") return { cancelled: true, gone: false, total: 0, imageIds: [], atOnce: false };
  const db = await getDb();
  await db.generation.updateMany({
    where: { id: generationId, status: { in: ["pending", "processing"] } },
    data: {
      status: "processing",
      stage: "generating",
      currentIndex: null,
      progress: 5,
      attempts: { increment: 1 },
      total: job.plan.length,
      errorMessage: null,
      startedAt: job.generation.startedAt ?? new Date(),
    },
  });
  if (job.input.trainingItemIds?.length) {
    await db.trainingItem.updateMany({
      where: { id: { in: job.input.trainingItemIds }, status: { not: "completed" } },
      data: { status: "processing", errorMessage: null, generationId },
    });
  }
  return { cancelled: false, gone: false, total: job.plan.length, imageIds: job.plan.map((item) => item.imageId), atOnce: makesImagesAtOnce(job.generation, job.input) };
}
