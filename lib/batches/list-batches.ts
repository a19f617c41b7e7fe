import { getDb } from "@/lib/db/client";
import { newestFirst, paginate, type PageParams } from "@/lib/pagination/page-params";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { batchSelect, toBatchView } from "./batch-view";

/** A project's batches, newest first, one keyset page at a time (counters only, no personas). */
export async function listBatches(ownerId: string, projectId: string, page: PageParams) {
  await getProjectOrThrow(ownerId, projectId);
  const db = await getDb();
  const result = await paginate(page, (args) =>
    db.batch.findMany({ where: { projectId, project: { ownerId } }, orderBy: newestFirst, select: batchSelect, ...args }),
  );
  const now = new Date();
  return { items: result.items.map((row) => toBatchView(row, now)), nextCursor: result.nextCursor };
}
