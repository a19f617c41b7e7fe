import type { Prisma } from "@/lib/db/generated/client";

/**
 * The two halves of a project's review queue, each with the owner in its where: images made from a
 * seed that a person must look at (bases are reviewed as waiting bases, grids are never shown), and
 * personas whose base image waits for approval.
 */
export function reviewImagesWhere(ownerId: string, projectId: string): Prisma.ImageWhereInput {
  return { review: "needs_review", kind: { in: ["variation", "training"] }, avatar: { projectId, project: { ownerId } } };
}

export function waitingBasesWhere(ownerId: string, projectId: string): Prisma.AvatarWhereInput {
  return { projectId, project: { ownerId }, baseImageStatus: "draft", baseImageId: { not: null } };
}
