import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertWithinQuota } from "@/lib/usage/reserve-usage";
import { isGenerationCancelled } from "./is-generation-cancelled";
import { MAX_IDENTITY_RETRIES, retrySeed } from "./identity-retry-plan";
import { findGenerationJob } from "./load-generation-job";

export type RetryReservation =
  | { reserved: true; gone?: undefined; note?: undefined }
  | { reserved: false; gone: boolean; note?: string };

/**
 * Before re-making drifted image `index` (attempt 1…): whether the project still allows another attempt
 * and the user's quota one more paid image. The IdentityRetry row is written in the same transaction as
 * the quota check (the reservation, counted by lib/usage), keyed by (generation, index, attempt), so a
 * retried step finds it and never counts the call twice. Refused by the quota → a note for the image.
 */
export async function reserveIdentityRetry(generationId: string, index: number, attempt: number): Promise<RetryReservation> {
  const job = await findGenerationJob(generationId);
  if (!job) return { reserved: false, gone: true };
  const db = await getDb();
  const key = { generationId_imageIndex_attempt: { generationId, imageIndex: index, attempt } };
  if (await db.identityRetry.findUnique({ where: key, select: { attempt: true } })) return { reserved: true };
  const project = await db.project.findUnique({ where: { id: job.avatar.projectId }, select: { maxIdentityRetries: true } });
  if (attempt > Math.min(project?.maxIdentityRetries ?? 0, MAX_IDENTITY_RETRIES)) return { reserved: false, gone: false };
  if (await isGenerationCancelled(generationId)) return { reserved: false, gone: false, note: "Not re-made: the generation was cancelled" };
  const { generation, input, plan } = job;
  try {
    await db.$transaction(async (tx) => {
      const unitPriceUsd = await assertWithinQuota(tx, generation.userId, {
        images: 1,
        what: "re-making a drifted image",
        provider: generation.provider,
        model: generation.model,
        quality: input.quality,
      });
      await tx.identityRetry.upsert({
        where: key,
        create: { generationId, imageIndex: index, attempt, seed: retrySeed(plan[index].seed, attempt), unitPriceUsd },
        update: {},
      });
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "quota_exceeded") return { reserved: false, gone: false, note: `Not re-made: ${error.message}` };
    if (!(await db.generation.findUnique({ where: { id: generationId }, select: { id: true } }))) return { reserved: false, gone: true };
    throw error;
  }
  return { reserved: true };
}
