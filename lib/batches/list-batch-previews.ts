import { getDb } from "@/lib/db/client";
import { isFlaggedSafety } from "@/lib/safety/safety-view";

/** How many of a batch's first personas with a base image its history row shows. */
export const BATCH_PREVIEW_COUNT = 4;

export interface BatchPreview {
  avatarId: string;
  name: string;
  thumbnailUrl: string;
  /** Classified as explicit: the tile is shown blurred. */
  flagged: boolean;
}

/**
 * The first BATCH_PREVIEW_COUNT personas with a base image of each of `batchIds` (ids the caller has
 * already scoped to its owner), in batch order. Each batch reads only those few rows through its
 * (batchId, index) index: Prisma's nested `take` would read every persona of every batch listed.
 */
export async function listBatchPreviews(batchIds: string[]): Promise<Map<string, BatchPreview[]>> {
  const previews = new Map<string, BatchPreview[]>();
  if (!batchIds.length) return previews;
  const db = await getDb();
  const rows = await db.$queryRaw<Array<{ batchId: string; avatarId: string; name: string; baseImageId: string; safety: unknown }>>`
    SELECT b."id" AS "batchId", p."avatarId", p."name", p."baseImageId", p."safety"
    FROM unnest(${batchIds}::text[]) AS b("id")
    CROSS JOIN LATERAL (
      SELECT bp."avatarId", bp."index", a."name", a."baseImageId", i."safety"
      FROM "BatchPersona" bp JOIN "Avatar" a ON a."id" = bp."avatarId" LEFT JOIN "Image" i ON i."id" = a."baseImageId"
      WHERE bp."batchId" = b."id" AND a."baseImageId" IS NOT NULL
      ORDER BY bp."index"
      LIMIT ${BATCH_PREVIEW_COUNT}::int
    ) AS p
    ORDER BY b."id", p."index"`;
  for (const row of rows) {
    const list = previews.get(row.batchId) ?? [];
    list.push({ avatarId: row.avatarId, name: row.name, thumbnailUrl: `/api/v1/images/${row.baseImageId}/thumbnail`, flagged: isFlaggedSafety(row.safety) });
    previews.set(row.batchId, list);
  }
  return previews;
}
