import { getDb } from "@/lib/db/client";
import { retryImageKey, retrySeed } from "@/lib/generations/identity-retry-plan";
import { findGenerationJob } from "@/lib/generations/load-generation-job";
import { getStorage } from "@/lib/storage";
import type { IdentityTry } from "./face-check-types";
import { measureIdentity } from "./measure-identity";

/** The identity score of attempt `attempt` at re-making drifted image `index`; null when its file is gone (cancelled). */
export async function measureRetryImage(generationId: string, index: number, attempt: number): Promise<IdentityTry | null> {
  const job = await findGenerationJob(generationId);
  if (!job) return null;
  const item = job.plan[index];
  const stored = await getStorage().get(retryImageKey(job, item, attempt));
  if (!stored) return null;
  const db = await getDb();
  const project = await db.project.findUniqueOrThrow({ where: { id: job.avatar.projectId }, select: { identityThreshold: true } });
  const seed = retrySeed(item.seed, attempt);
  // A face check that fails leaves the attempt unmeasured (it was paid for and is listed); it never wins over a score.
  const identity = await measureIdentity(stored.data, job.generation.provider, job.avatar.id, project.identityThreshold).catch(() => null);
  return { seed, score: identity?.score ?? null, status: identity?.status ?? "not-measured" };
}
