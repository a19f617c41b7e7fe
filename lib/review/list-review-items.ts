import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { StoredIdentity, StoredQuality } from "@/lib/faces/face-check-types";
import { imageSelect, toImageView } from "@/lib/images/image-view";
import { paginate, type Page, type PageParams } from "@/lib/pagination/page-params";
import type { ReviewItem } from "./review-item";
import { compareReviewItems, type ReviewSortKey } from "./review-order";
import { reviewImagesWhere, waitingBasesWhere } from "./review-queue-where";
import { baseReviewReasons, imageReviewReasons } from "./review-reasons";

/**
 * The owner's project's review queue, worst first (review-order.ts), a page at a time with the usual
 * cursor (an item's id). The order is computed over the whole queue from a few small columns, then
 * only the page's items are read in full.
 */
export async function listReviewItems(ownerId: string, projectId: string, params: PageParams): Promise<Page<ReviewItem>> {
  const db = await getDb();
  const project = await db.project.findFirst({ where: { id: projectId, ownerId }, select: { identityThreshold: true } });
  if (!project) throw new NotFoundError("Project");
  const keys = await reviewSortKeys(ownerId, projectId);
  const page = await paginate(params, async ({ take, cursor, skip = 0 }) => {
    const start = cursor ? keys.findIndex((key) => key.id === cursor.id) : 0;
    return start < 0 ? [] : keys.slice(start + skip, start + skip + take);
  });
  return { items: await loadReviewItems(ownerId, page.items, project.identityThreshold), nextCursor: page.nextCursor };
}

async function reviewSortKeys(ownerId: string, projectId: string): Promise<ReviewSortKey[]> {
  const db = await getDb();
  const [images, bases] = await Promise.all([
    db.image.findMany({ where: reviewImagesWhere(ownerId, projectId), select: { id: true, identity: true, avatar: { select: { name: true } } } }),
    db.avatar.findMany({ where: waitingBasesWhere(ownerId, projectId), select: { name: true, baseImageId: true, baseImage: { select: { quality: true } } } }),
  ]);
  const keys: ReviewSortKey[] = [
    ...images.map((image) => ({
      id: image.id,
      kind: "image" as const,
      score: (image.identity as StoredIdentity | null)?.score ?? null,
      verdict: null,
      avatarName: image.avatar.name,
    })),
    ...bases.map((avatar) => ({
      id: avatar.baseImageId!,
      kind: "base" as const,
      score: null,
      verdict: (avatar.baseImage?.quality as StoredQuality | null)?.verdict ?? null,
      avatarName: avatar.name,
    })),
  ];
  return keys.sort(compareReviewItems);
}

/** The page's items in full, in the page's order; one that left the queue meanwhile is skipped. */
async function loadReviewItems(ownerId: string, keys: ReviewSortKey[], threshold: number): Promise<ReviewItem[]> {
  const db = await getDb();
  const owned = { project: { ownerId } };
  const [images, bases] = await Promise.all([
    db.image.findMany({
      where: { id: { in: keys.filter((key) => key.kind === "image").map((key) => key.id) }, avatar: owned },
      select: { ...imageSelect, avatar: { select: { id: true, name: true, baseImageStatus: true, baseImage: { select: imageSelect } } } },
    }),
    db.avatar.findMany({
      where: { baseImageId: { in: keys.filter((key) => key.kind === "base").map((key) => key.id) }, baseImageStatus: "draft", ...owned },
      select: { id: true, name: true, baseImage: { select: imageSelect }, batchPersona: { select: { status: true } } },
    }),
  ]);
  const byId = new Map<string, ReviewItem>();
  for (const { avatar, ...row } of images) {
    const image = toImageView(row);
    byId.set(image.id, {
      id: image.id,
      kind: "image",
      avatar: { id: avatar.id, name: avatar.name },
      image,
      seed: avatar.baseImageStatus === "approved" && avatar.baseImage ? toImageView(avatar.baseImage) : null,
      score: image.identity?.score ?? null,
      verdict: null,
      reasons: imageReviewReasons(image.identity, threshold),
    });
  }
  for (const avatar of bases) {
    if (!avatar.baseImage) continue;
    const image = toImageView(avatar.baseImage);
    byId.set(image.id, {
      id: image.id,
      kind: "base",
      avatar: { id: avatar.id, name: avatar.name },
      image,
      seed: null,
      score: null,
      verdict: image.quality?.verdict ?? null,
      reasons: baseReviewReasons(image.quality, avatar.batchPersona?.status === "needs_review"),
    });
  }
  return keys.flatMap((key) => byId.get(key.id) ?? []);
}
