import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { avatarSelect, toAvatarView } from "./avatar-view";

/** The avatar if its project belongs to `ownerId`; another user's avatar reads exactly like a missing one. */
export async function getAvatarOrThrow(ownerId: string, avatarId: string) {
  const db = await getDb();
  const row = await db.avatar.findFirst({ where: { id: avatarId, project: { ownerId } }, select: avatarSelect });
  if (!row) throw new NotFoundError("Avatar");
  return toAvatarView(row);
}
