import { getDb } from "@/lib/db/client";
import { newestFirst, paginate, type PageParams } from "@/lib/pagination/page-params";
import { assertProjectOwner } from "@/lib/projects/assert-project-owner";
import { batchSelect, toBatchView } from "./batch-view";
import { listBatchPreviews } from "./list-batch-previews";

/**
 * A project's batches, newest first, one keyset page at a time: counters, and `previews`, the base-image
 * thumbnails of its first personas that have one (no other persona data).
 */
export async function listBatches(ownerId: string, projectId: string, page: PageParams) {
  await assertProjectOwner(ownerId, projectId);
  const db = await getDb();
  const result = await paginate(page, (args) =>
    db.batch.findMany({
      where: { projectId, project: { ownerId } },
      orderBy: newestFirst,
      select: batchSelect,
      ...args,
    }),
  );
  const previews = await listBatchPreviews(result.items.map((row) => row.id));
  const now = new Date();
  return {
    items: result.items.map((row) => ({ ...toBatchView(row, now), previews: previews.get(row.id) ?? [] })),
    nextCursor: result.nextCursor,
  };
}

export type BatchListItem = Awaited<ReturnType<typeof listBatches>>["items"][number];
