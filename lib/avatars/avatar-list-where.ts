import type { Prisma } from "@/lib/db/generated/client";
import type { AvatarFilter } from "./avatar-list-query";

/**
 * The owner's avatars of a project that match the grid's filter. Search is a case-insensitive
 * substring of the name (ILIKE; PGlite has no trigram index): with the page limit it stays fast
 * at 10,000 personas (scripts/bench-gallery.ts).
 */
export function avatarListWhere(ownerId: string, projectId: string, filter: AvatarFilter & { missingBase?: boolean }): Prisma.AvatarWhereInput {
  return {
    projectId,
    project: { ownerId },
    ...(filter.q ? { name: { contains: filter.q, mode: "insensitive" } } : {}),
    ...(filter.status ? { baseImageStatus: filter.status } : {}),
    ...(filter.batchId ? { batchId: filter.batchId } : {}),
    // "Every persona without a base image": the one-click fill and generate-base schedules.
    ...(filter.missingBase ? { baseImageId: null } : {}),
  };
}
