import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { seedStateSelect } from "./seed-state-select";

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
