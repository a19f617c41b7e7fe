import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { deleteStoredFiles } from "@/lib/storage/delete-stored-files";
import { avatarPrefix } from "@/lib/storage/storage-keys";

/** Deletes an avatar, its images, history and files. */
export async function deleteAvatar(ownerId: string, avatarId: string) {
  const db = await getDb();
  const avatar = await db.avatar.findFirst({ where: { id: avatarId, project: { ownerId } }, select: { id: true, projectId: true } });
  if (!avatar) throw new NotFoundError("Avatar");
  await db.avatar.delete({ where: { id: avatar.id } });
  await deleteStoredFiles(avatarPrefix(avatar.projectId, avatar.id));
}
