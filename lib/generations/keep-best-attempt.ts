import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { IdentityTry, StoredIdentity } from "@/lib/faces/face-check-types";
import { imageFacts } from "@/lib/images/image-facts";
import { makeThumbnail } from "@/lib/images/make-thumbnail";
import { getStorage } from "@/lib/storage";
import { avatarImageKey, avatarThumbnailKey } from "@/lib/storage/storage-keys";
import { discardIfGenerationGone } from "./discard-if-generation-gone";
import { MAX_IDENTITY_RETRIES, retryCall, retryImageKey } from "./identity-retry-plan";
import { findGenerationJob } from "./load-generation-job";

/** A measured attempt: 0 is the image made first, 1… its re-makes. */
export interface MeasuredAttempt extends IdentityTry {
  attempt: number;
}

const rank = (attempt: MeasuredAttempt) => attempt.score ?? -1;

/**
 * After the re-makes of drifted image `index`: the attempt with the highest score becomes the image (its
 * file, thumbnail, seed and facts move into the image's own key and row, so every link to the image
 * stays); the other attempts' files are deleted; the identity lists every try. Still drifted → the image
 * needs review. Idempotent: a re-run finds the move done (the row already has the best seed) and only
 * deletes what is left. Reservations of attempts that made no image (a failed or cancelled call) are
 * released, so only calls that returned an image count against the quota.
 */
export async function keepBestAttempt(generationId: string, index: number, attempts: MeasuredAttempt[], note?: string) {
  const job = await findGenerationJob(generationId);
  const attemptNumbers = Array.from({ length: MAX_IDENTITY_RETRIES }, (_, i) => i + 1);
  if (!job) return { gone: true };
  const item = job.plan[index];
  const storage = getStorage();
  const attemptKeys = attemptNumbers.map((attempt) => retryImageKey(job, item, attempt));
  const db = await getDb();
  const row = await db.image.findUnique({ where: { id: item.imageId }, select: { seed: true } });
  if (!row) {
    await discardIfGenerationGone(generationId, attemptKeys);
    return { gone: !(await db.generation.findUnique({ where: { id: generationId }, select: { id: true } })) };
  }
  const available: MeasuredAttempt[] = [];
  for (const attempt of attempts) {
    const present = attempt.attempt === 0 || row.seed === attempt.seed || (await storage.exists(retryImageKey(job, item, attempt.attempt)));
    if (present) available.push(attempt);
  }
  const best = available.reduce((kept, attempt) => (rank(attempt) > rank(kept) ? attempt : kept));
  const mainKey = avatarImageKey(job.avatar.projectId, job.avatar.id, item.imageId, "png");
  if (best.attempt > 0) {
    const made = await storage.get(retryImageKey(job, item, best.attempt));
    if (made) {
      await storage.put(mainKey, made.data, "image/png");
      const thumbnail = await makeThumbnail(made.data);
      await storage.put(avatarThumbnailKey(job.avatar.projectId, job.avatar.id, item.imageId), thumbnail.data, thumbnail.mimeType);
    }
  }
  const identity: StoredIdentity = {
    score: best.score,
    status: best.status,
    attempts: attempts.length,
    tries: attempts.map(({ seed, score, status }) => ({ seed, score, status })),
    ...(note ? { note } : {}),
  };
  const moved = best.attempt > 0 ? await movedImageData(mainKey, best, retryCall(job, item, best.attempt).prompt) : {};
  await db.image.updateMany({
    where: { id: item.imageId },
    data: { ...moved, identity: identity as unknown as Prisma.InputJsonValue, review: best.status === "drifted" ? "needs_review" : null },
  });
  await Promise.all(attemptKeys.map((key) => storage.delete(key)));
  await db.identityRetry.deleteMany({
    where: { generationId, imageIndex: index, attempt: { notIn: attempts.map((attempt) => attempt.attempt) } },
  });
  if (await discardIfGenerationGone(generationId, [])) return { gone: true };
  return { gone: false, status: best.status, attempts: attempts.length };
}

async function movedImageData(mainKey: string, best: MeasuredAttempt, prompt: string): Promise<Prisma.ImageUpdateManyMutationInput & { sourceImageId?: null }> {
  const stored = await getStorage().get(mainKey);
  if (!stored) throw new Error(`Original ${mainKey} is missing from storage`);
  const facts = await imageFacts(stored.data);
  // A re-made grid cell is a single image: it no longer comes from the grid.
  return { seed: best.seed, prompt, width: facts.width, height: facts.height, sizeBytes: facts.sizeBytes, md5: facts.md5, sourceImageId: null };
}
