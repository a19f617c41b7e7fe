import { getDb } from "@/lib/db/client";
import { generationSelect } from "./generation-view";

/**
 * The newest generation of each of `avatarIds` (ids the caller has already scoped to its owner), by
 * avatar id. One page of the gallery reads at most one generation per persona, however many each has
 * had: Prisma's nested `take: 1` would read them all and drop the rest in memory.
 */
export async function listLatestGenerations(avatarIds: string[]) {
  if (!avatarIds.length) return new Map<string, never>();
  const db = await getDb();
  const latest = await db.$queryRaw<Array<{ id: string }>>`
    SELECT DISTINCT ON ("avatarId") "id" FROM "Generation"
    WHERE "avatarId" = ANY(${avatarIds})
    ORDER BY "avatarId", "createdAt" DESC, "id" DESC`;
  const rows = latest.length ? await db.generation.findMany({ where: { id: { in: latest.map((row) => row.id) } }, select: generationSelect }) : [];
  return new Map(rows.map((row) => [row.avatarId as string, row]));
}
