import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { emitBatchProgress } from "@/lib/job-events/emit-batch-event";
import { summarizeBatchPersonas, type BatchErrorEntry } from "./summarize-batch-personas";

/**
 * Recomputes a batch's counters and error log from its persona rows and the images their
 * generations made. The batch row is locked first, so when several personas finish together the
 * last writer has seen every one of them (no lost update, no drift from a step that ran twice).
 * `batchError` puts a batch-level failure (the data step) at the top of the log.
 */
export async function refreshBatchCounters(batchId: string, batchError?: BatchErrorEntry) {
  const db = await getDb();
  const result = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Batch" WHERE "id" = ${batchId} FOR UPDATE`;
    const personas = await tx.batchPersona.findMany({
      where: { batchId },
      select: {
        avatarId: true,
        index: true,
        status: true,
        stage: true,
        errorMessage: true,
        finishedAt: true,
        baseGenerationId: true,
        variationsGenerationId: true,
        avatar: { select: { name: true } },
      },
    });
    const generationIds = personas.flatMap((p) => [p.baseGenerationId, p.variationsGenerationId].filter((id): id is string => Boolean(id)));
    // The images made and what they cost, each at its generation's price (a grid variation is a quarter call).
    const [made] = generationIds.length
      ? await tx.$queryRaw<{ images: number; cost: number }[]>`
          SELECT COUNT(*)::int AS images, COALESCE(SUM(g."unitPriceUsd"), 0)::float8 AS cost
          FROM "Image" i JOIN "Generation" g ON g."id" = i."generationId"
          WHERE i."generationId" IN (${Prisma.join(generationIds)})`
      : [{ images: 0, cost: 0 }];
    const imagesDone = made.images;
    const summary = summarizeBatchPersonas(personas.map((p) => ({ ...p, name: p.avatar.name })));
    const errorLog = batchError ? [batchError, ...summary.errorLog] : summary.errorLog;
    await tx.batch.update({
      where: { id: batchId },
      data: {
        personasDone: summary.personasDone,
        personasFailed: summary.personasFailed,
        imagesDone,
        costDoneUsd: made.cost,
        errorLog: errorLog as unknown as Prisma.InputJsonValue,
      },
    });
    return { ...summary, errorLog, imagesDone };
  });
  await emitBatchProgress(batchId);
  return result;
}
