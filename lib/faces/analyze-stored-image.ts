import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { getStorage } from "@/lib/storage";
import { analyzeFace } from "./analyze-face";
import { ensureSeedDescriptor } from "./ensure-seed-descriptor";
import { isIllustratedProvider, type StoredIdentity } from "./face-check-types";
import { identityScore } from "./identity-score";
import { measureQuality } from "./measure-quality";

/**
 * The "analyse" step of a generation: a base image gets a quality report, an image made from the approved
 * seed (variation, training) an identity score against the seed's face. Recomputed and overwritten on a
 * retry, so it is idempotent.
 */
export async function analyzeStoredImage(imageId: string) {
  const db = await getDb();
  const image = await db.image.findUnique({
    where: { id: imageId },
    select: { id: true, kind: true, storageKey: true, provider: true, avatarId: true, avatar: { select: { project: { select: { identityThreshold: true } } } } },
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
  return { analysed: true as const, status: identity.status };
}

async function measureIdentity(data: Buffer, provider: string | null, avatarId: string, threshold: number): Promise<StoredIdentity> {
  if (isIllustratedProvider(provider)) return { score: null, status: "not-measured", attempts: 1 };
  const seed = await ensureSeedDescriptor(avatarId);
  if (!seed || seed.length === 0) return { score: null, status: "not-measured", attempts: 1 };
  const { descriptor } = await analyzeFace(data);
  if (!descriptor) return { score: null, status: "no-face", attempts: 1 };
  const score = await identityScore(seed, descriptor);
  return { score, status: score >= threshold ? "consistent" : "drifted", attempts: 1 };
}
