import { getDb } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { VARIATION_INSTRUCTIONS } from "@/lib/avatars/build-prompt";
import { generationInputSchema } from "@/lib/generations/generation-input";
import { plannedImageIndex, variationPose } from "@/lib/generations/plan-generation-images";
import { IMAGE_PROVIDER_NAMES } from "@/lib/providers/image";

const targetSelect = {
  id: true,
  avatarId: true,
  kind: true,
  review: true,
  provider: true,
  storageKey: true,
  thumbnailKey: true,
  generation: { select: { id: true, provider: true, input: true } },
  trainingItem: { select: { prompt: true } },
  avatar: { select: { baseImageId: true, baseImageStatus: true } },
} as const;

/**
 * The owner's image that keep and reject act on, and what it is: a base waiting for approval (the
 * avatar's draft) or an image made from the seed that a person must look at. Another user's image is a
 * 404; an image that is neither waits for nothing (409).
 */
export async function getReviewTargetOrThrow(ownerId: string, imageId: string) {
  const db = await getDb();
  const image = await db.image.findFirst({ where: { id: imageId, avatar: { project: { ownerId } } }, select: targetSelect });
  if (!image) throw new NotFoundError("Image");
  const { avatar } = image;
  if (image.kind === "base" && avatar.baseImageId === image.id && avatar.baseImageStatus === "draft") return { kind: "base" as const, image };
  if (image.review === "needs_review" && (image.kind === "variation" || image.kind === "training")) return { kind: "image" as const, image };
  throw new ConflictError("This image is not waiting for review: there is nothing to keep or reject");
}

export type ReviewTarget = Awaited<ReturnType<typeof getReviewTargetOrThrow>>;

const isProviderName = (name: string | null | undefined): name is string => (IMAGE_PROVIDER_NAMES as readonly string[]).includes(name ?? "");

/**
 * The pose a rejected variation had, for its replacement to take: its place in its generation (image i of a
 * generation takes pose i, in a grid quarter i), or the pose that generation named for it.
 */
export function replacementPose(target: ReviewTarget) {
  const { image } = target;
  const index = image.generation ? plannedImageIndex(image.generation.id, image.id) : null;
  if (index === null) return 0;
  const input = generationInputSchema.safeParse(image.generation?.input ?? {});
  return variationPose(input.success ? input.data : {}, index) % VARIATION_INSTRUCTIONS.length;
}

/** The provider that made the image, to make its replacement with; the offline one for uploads. */
export function replacementProvider(target: ReviewTarget) {
  return [target.image.provider, target.image.generation?.provider].find(isProviderName) ?? "local";
}
