import { getDb } from "@/lib/db/client";
import { newestFirst, paginate } from "@/lib/pagination/page-params";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { avatarSelect, toAvatarView } from "./avatar-view";

export async function listAvatars(ownerId: string, projectId: string, page: { cursor?: string; limit: number; batchId?: string }) {
  await getProjectOrThrow(ownerId, projectId);
  const db = await getDb();
  const result = await paginate(page, (args) =>
    db.avatar.findMany({
      where: { projectId, project: { ownerId }, ...(page.batchId ? { batchId: page.batchId } : {}) },
      orderBy: newestFirst,
      select: avatarSelect,
      ...args,
    }),
  );
  return { items: result.items.map(toAvatarView), nextCursor: result.nextCursor };
}
