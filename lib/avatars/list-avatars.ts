import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { listLatestGenerations } from "@/lib/generations/list-latest-generations";
import { paginate } from "@/lib/pagination/page-params";
import { assertProjectOwner } from "@/lib/projects/assert-project-owner";
import type { AvatarFilter, AvatarListQuery, AvatarSort } from "./avatar-list-query";
import { avatarListWhere } from "./avatar-list-where";
import { avatarSelect, toAvatarView } from "./avatar-view";

/** The grid's rows: the latest generation of each is read apart, one per avatar (listLatestGenerations). */
const { generations: _generations, ...avatarListSelect } = avatarSelect;

const ORDER: Record<AvatarSort, Prisma.AvatarOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  oldest: [{ createdAt: "asc" }, { id: "asc" }],
  name: [{ name: "asc" }, { id: "asc" }],
};

type ListAvatarsQuery = Pick<AvatarListQuery, "limit"> & Partial<Omit<AvatarListQuery, "limit">>;

/** One keyset page of the project's avatars, filtered and sorted: the project page and REST alike. */
export async function listAvatars(ownerId: string, projectId: string, query: ListAvatarsQuery) {
  await assertProjectOwner(ownerId, projectId);
  const db = await getDb();
  const result = await paginate({ limit: query.limit, cursor: query.cursor }, (args) =>
    db.avatar.findMany({
      where: avatarListWhere(ownerId, projectId, query),
      orderBy: ORDER[query.sort ?? "newest"],
      select: avatarListSelect,
      ...args,
    }),
  );
  const latest = await listLatestGenerations(result.items.map((row) => row.id));
  return {
    items: result.items.map((row) => {
      const generation = latest.get(row.id);
      return toAvatarView({ ...row, generations: generation ? [generation] : [] });
    }),
    nextCursor: result.nextCursor,
  };
}

/** How many avatars match the filter: the grid's "select all N matching" and "every persona without a base image". */
export async function countAvatars(ownerId: string, projectId: string, filter: AvatarFilter & { missingBase?: boolean }) {
  const db = await getDb();
  return db.avatar.count({ where: avatarListWhere(ownerId, projectId, filter) });
}
