import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { getStorage } from "@/lib/storage";
import { measureIdentity } from "./measure-identity";
import { measureQuality } from "./measure-quality";

/**
 * The "analyse" step of a generation: a base image gets a quality report, an image made from the approved
 * seed (variation, training) an identity score against the seed's face (the job re-makes a drifted one:
 * lib/generations/keep-best-attempt.ts). Recomputed and overwritten on a retry, so it is idempotent.
 */
export async function analyzeStoredImage(imageId: string) {
  const db = await getDb();
  const image = await db.image.findUnique({
    where: { id: imageId },
    select: { id: true, kind: true, storageKey: true, provider: true, seed: true, avatarId: true, avatar: { select: { project: { select: { identityThreshold: true } } } } },
  });
  if (!image) return { analysed: false as const };
  const original = await getStorage().get(image.storageKey);
  if (!original) throw new Error(`Original of image ${imageId} is missing from storage`);
  if (image.kind === "base") {
    const { quality } = await measureQuality(original.data, image.provider);
    await db.image.update({ where: { id: imageId }, data: { quality: quality as unknown as Prisma.InputJsonValue } });
    return { analysed: true as const, verdict: quality.verdict };
  }
  const identity = await measureIdentity(original.data, image.provider, image.avatarId, image.avatar.project.identityThreshold);
  await db.image.update({ where: { id: imageId }, data: { identity: identity as unknown as Prisma.InputJsonValue } });
  return { analysed: true as const, status: identity.status, score: identity.score, seed: image.seed ?? 0 };
}
