import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { originalReader } from "@/lib/images/original-reader";
import type { ImageBytes } from "./face-check-types";
import { measureIdentity } from "./measure-identity";
import { measureQuality } from "./measure-quality";

/** What the checks of a stored image need to know of it (findImageForChecks). */
export interface CheckedImage {
  id: string;
  kind: string;
  storageKey: string;
  provider: string | null;
  seed: number | null;
  avatarId: string;
  identityThreshold: number;
}

/** The image with its project's identity threshold, in one statement; null when it is gone. */
export async function findImageForChecks(imageId: string): Promise<CheckedImage | null> {
  const db = await getDb();
  const [image] = await db.$queryRaw<CheckedImage[]>`
    SELECT i."id", i."kind"::text AS kind, i."storageKey", i."provider", i."seed", i."avatarId", p."identityThreshold"
    FROM "Image" i JOIN "Avatar" a ON a."id" = i."avatarId" JOIN "Project" p ON p."id" = a."projectId"
    WHERE i."id" = ${imageId}`;
  return image ?? null;
}

/**
 * The face check of a generation's image: a base image gets a quality report, an image made from the
 * approved seed (variation, training) an identity score against the seed's face (the job re-makes a
 * drifted one: lib/generations/keep-best-attempt.ts). Recomputed and overwritten on a retry, so it is idempotent.
 */
export async function analyzeStoredImage(imageId: string) {
  const image = await findImageForChecks(imageId);
  if (!image) return { analysed: false as const };
  return analyzeImage(image, originalReader(image));
}

/** analyzeStoredImage on an image already loaded, its original read through `original`. */
export async function analyzeImage(image: CheckedImage, original: ImageBytes) {
  const db = await getDb();
  if (image.kind === "base") {
    const { quality } = await measureQuality(original, image.provider);
    await db.image.updateMany({ where: { id: image.id }, data: { quality: quality as unknown as Prisma.InputJsonValue } });
    return { analysed: true as const, verdict: quality.verdict };
  }
  const identity = await measureIdentity(original, image.provider, image.avatarId, image.identityThreshold);
  await db.image.updateMany({ where: { id: image.id }, data: { identity: identity as unknown as Prisma.InputJsonValue } });
  return { analysed: true as const, status: identity.status, score: identity.score, seed: image.seed ?? 0 };
}
