import { getDb } from "@/lib/db/client";
import { deleteStoredFiles } from "@/lib/storage/delete-stored-files";
import { projectPrefix } from "@/lib/storage/storage-keys";
import { assertCurrentPassword } from "./assert-current-password";

/**
 * Deletes the account after checking its password: the user row and, by cascade, its projects (avatars,
 * images, generations, batches), API tokens and sessions; then the projects' stored files.
 */
export async function deleteAccount(userId: string, password: string): Promise<void> {
  await assertCurrentPassword(userId, password, "password");
  const db = await getDb();
  const projects = await db.project.findMany({ where: { ownerId: userId }, select: { id: true } });
  await db.user.delete({ where: { id: userId } });
  for (const project of projects) await deleteStoredFiles(projectPrefix(project.id));
}
