import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

/** What seed-image, variation and training operations read of an avatar. */
export const seedStateSelect = {
  id: true,
  projectId: true,
  batchId: true,
  name: true,
  persona: true,
  attributes: true,
  appearanceDescription: true,
  baseImageStatus: true,
  appearanceLocked: true,
  baseImageId: true,
} as const;

/** The owner's avatar with what seed-image operations need; another user's reads as not found. */
export async function getSeedStateOrThrow(ownerId: string, avatarId: string) {
  const db = await getDb();
  const avatar = await db.avatar.findFirst({
    where: { id: avatarId, project: { ownerId } },
    select: seedStateSelect,
  });
  if (!avatar) throw new NotFoundError("Avatar");
  return avatar;
}
