import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { ConflictError } from "@/lib/errors";
import type { StoredQuality } from "@/lib/faces/face-check-types";
import { measureQuality } from "@/lib/faces/measure-quality";
import { getStorage } from "@/lib/storage";
import { getSeedStateOrThrow } from "./get-seed-state-or-throw";

/**
 * The quality report of the avatar's current base image (draft or approved): the stored one, or measured
 * now and stored when the image predates the face checks.
 */
export async function checkSeedImage(ownerId: string, avatarId: string): Promise<{ imageId: string; quality: StoredQuality }> {
  const avatar = await getSeedStateOrThrow(ownerId, avatarId);
  if (!avatar.baseImageId) throw new ConflictError("The avatar has no base image to check yet");
  const db = await getDb();
  const image = await db.image.findFirst({
    where: { id: avatar.baseImageId, avatarId },
    select: { id: true, storageKey: true, provider: true, quality: true },
  });
  if (!image) throw new ConflictError("The avatar has no base image to check yet");
  if (image.quality) return { imageId: image.id, quality: image.quality as unknown as StoredQuality };
  const original = await getStorage().get(image.storageKey);
  if (!original) throw new ConflictError("The base image's file is missing");
  const { quality } = await measureQuality(original.data, image.provider);
  await db.image.update({ where: { id: image.id }, data: { quality: quality as unknown as Prisma.InputJsonValue } });
  return { imageId: image.id, quality };
}
