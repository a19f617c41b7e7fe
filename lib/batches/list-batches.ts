import { getDb } from "@/lib/db/client";
import { newestFirst, paginate, type PageParams } from "@/lib/pagination/page-params";
import { assertProjectOwner } from "@/lib/projects/assert-project-owner";
import { batchSelect, toBatchView } from "./batch-view";

/** How many of a batch's first personas with a base image its history row shows. */
export const BATCH_PREVIEW_COUNT = 4;

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
      select: {
        ...batchSelect,
        personas: {
          where: { avatar: { baseImageId: { not: null } } },
          orderBy: { index: "asc" },
          take: BATCH_PREVIEW_COUNT,
          select: { avatar: { select: { id: true, name: true, baseImageId: true } } },
        },
      },
      ...args,
    }),
  );
  const now = new Date();
  return {
    items: result.items.map(({ personas, ...row }) => ({
      ...toBatchView(row, now),
      previews: personas.map(({ avatar }) => ({ avatarId: avatar.id, name: avatar.name, thumbnailUrl: `/api/v1/images/${avatar.baseImageId}/thumbnail` })),
    })),
    nextCursor: result.nextCursor,
  };
}

export type BatchListItem = Awaited<ReturnType<typeof listBatches>>["items"][number];
