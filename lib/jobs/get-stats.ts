import { getDb } from "@/lib/db/client";
import { jobStatusOfGeneration } from "./job-view";
import { JOB_STATUSES, type JobStatus } from "./job-schemas";

const SEED_STATUSES = ["pending_upload", "draft", "approved", "rejected"] as const;
const IMAGE_KINDS = ["base", "variation", "training"] as const;

/**
 * The owner's overview: projects, avatars by seed status, images by kind, generations by status
 * (a batch's own generations included), images per provider (uploads have none and are not listed),
 * and storageBytes: the stored size of every original image. Thumbnails are stored too, but their
 * sizes are not recorded, so they are not counted.
 */
export async function getStats(ownerId: string) {
  const db = await getDb();
  const mine = { project: { ownerId } };
  const [projects, avatars, images, generations, providers, storage] = await Promise.all([
    db.project.count({ where: { ownerId } }),
    db.avatar.groupBy({ by: ["baseImageStatus"], where: mine, _count: { _all: true } }),
    db.image.groupBy({ by: ["kind"], where: { avatar: mine }, _count: { _all: true } }),
    db.generation.groupBy({ by: ["status"], where: mine, _count: { _all: true } }),
    db.image.groupBy({ by: ["provider"], where: { avatar: mine, provider: { not: null } }, _count: { _all: true } }),
    db.image.aggregate({ where: { avatar: mine }, _sum: { sizeBytes: true } }),
  ]);
  const byAvatarStatus = Object.fromEntries(SEED_STATUSES.map((status) => [status, avatars.find((row) => row.baseImageStatus === status)?._count._all ?? 0])) as Record<
    (typeof SEED_STATUSES)[number],
    number
  >;
  const byKind = Object.fromEntries(IMAGE_KINDS.map((kind) => [kind, images.find((row) => row.kind === kind)?._count._all ?? 0])) as Record<(typeof IMAGE_KINDS)[number], number>;
  const byGenerationStatus = Object.fromEntries(JOB_STATUSES.map((status) => [status, 0])) as Record<JobStatus, number>;
  for (const row of generations) byGenerationStatus[jobStatusOfGeneration(row.status)] += row._count._all;
  return {
    projects,
    avatars: { total: avatars.reduce((sum, row) => sum + row._count._all, 0), ...byAvatarStatus },
    images: { total: images.reduce((sum, row) => sum + row._count._all, 0), ...byKind },
    generations: byGenerationStatus,
    providers: Object.fromEntries(providers.map((row) => [row.provider as string, row._count._all])) as Record<string, number>,
    storageBytes: storage._sum.sizeBytes ?? 0,
  };
}

export type Stats = Awaited<ReturnType<typeof getStats>>;
