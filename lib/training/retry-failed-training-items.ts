import { getSeedStateOrThrow } from "@/lib/avatars/get-seed-state-or-throw";
import { getDb } from "@/lib/db/client";
import { BadRequestError } from "@/lib/errors";
import type { ImageProviderName } from "@/lib/providers/image";
import { requestTrainingSet } from "./request-training-set";

/**
 * "Retry failed": a new training generation for every failed item of the avatar, with the provider
 * that last tried them unless another is chosen. Unlike retrying one generation, this also covers
 * failures spread over several runs.
 */
export async function retryFailedTrainingItems(ownerId: string, avatarId: string, options: { provider?: ImageProviderName } = {}) {
  await getSeedStateOrThrow(ownerId, avatarId);
  const db = await getDb();
  const failed = await db.trainingItem.findMany({
    where: { avatarId, OR: [{ status: "failed" }, { status: "completed", imageId: null }] },
    select: { prompt: true, generationId: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  if (failed.length === 0) throw new BadRequestError("No failed training images to retry");
  const generationIds = failed.flatMap((item) => (item.generationId ? [item.generationId] : []));
  const last = generationIds.length
    ? await db.generation.findFirst({ where: { id: { in: generationIds } }, orderBy: { createdAt: "desc" }, select: { provider: true } })
    : null;
  return requestTrainingSet(ownerId, avatarId, {
    prompts: failed.map((item) => item.prompt),
    // A stored name is checked again by requestTrainingSet (getImageProvider).
    provider: options.provider ?? (last?.provider as ImageProviderName | undefined) ?? "local",
  });
}
