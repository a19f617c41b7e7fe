import type { Prisma } from "@/lib/db/generated/client";
import { createGeneration } from "@/lib/generations/create-generation";
import { getImageProviderFor } from "@/lib/providers/image";
import { assertWithinQuota } from "@/lib/usage/reserve-usage";
import { randomSeed } from "./random-seed";
import { assertApprovedBase, type SeedState } from "./seed-image-rules";
import { seedPrompt } from "./seed-prompt";
import { VARIATION_COUNT, variationCallShare, type VariationsMode } from "./variations-mode";

export { VARIATION_COUNT };

type AvatarForVariations = SeedState & {
  id: string;
  projectId: string;
  batchId?: string | null;
  name: string;
  persona: unknown;
  attributes: unknown;
  appearanceDescription: string | null;
  prompt: string | null;
  negativePrompt: string | null;
};

/** A grid is drawn at the persona's image size (its approved base), so each quarter is half of it. */
async function gridSize(db: Prisma.TransactionClient, baseImageId: string | null) {
  const base = baseImageId ? await db.image.findUnique({ where: { id: baseImageId }, select: { width: true, height: true } }) : null;
  const even = (side: number | undefined) => (side && side >= 2 ? side - (side % 2) : 1024);
  return { width: even(base?.width), height: even(base?.height) };
}

/**
 * The price of one variation image: a grid is one provider call split into four, so each of its images
 * costs a quarter of a call.
 */
export function variationUnitPrice(pricePerCall: number, mode: VariationsMode) {
  return pricePerCall * variationCallShare(mode);
}

/**
 * The pending generation row for 4 variations of the approved base (not yet queued), written inside `tx`
 * after the quota check (a batch's own variations pass `{ unitPriceUsd }`, the price of a call: the batch
 * reserved them). A replacement for a rejected variation names its pose (`poses`, separate calls only): one
 * image per pose named.
 */
export async function createVariationsGeneration(
  tx: Prisma.TransactionClient,
  userId: string,
  avatar: AvatarForVariations,
  providerName = "local",
  mode: VariationsMode = "separate",
  reserved?: { unitPriceUsd: number },
  poses?: number[],
) {
  const count = poses?.length ?? VARIATION_COUNT;
  if (mode === "grid" && poses) throw new Error(`A grid makes all ${VARIATION_COUNT} poses at once`);
  assertApprovedBase(avatar);
  const provider = getImageProviderFor(providerName, { reference: true, grid: mode === "grid" });
  const built = seedPrompt(avatar);
  const size = mode === "grid" ? await gridSize(tx, avatar.baseImageId) : {};
  const pricePerCall =
    reserved?.unitPriceUsd ??
    (await assertWithinQuota(tx, userId, {
      provider: provider.name,
      model: provider.referenceModel,
      images: count,
      what: count === 1 ? "this variation" : "these variations",
      callsPerImage: variationCallShare(mode),
    }));
  return createGeneration(tx, {
    userId,
    projectId: avatar.projectId,
    avatarId: avatar.id,
    batchId: avatar.batchId ?? null,
    type: "variations",
    provider: provider.name,
    model: provider.referenceModel,
    unitPriceUsd: variationUnitPrice(pricePerCall, mode),
    prompt: built.prompt,
    negativePrompt: built.negativePrompt,
    seed: randomSeed(),
    ...size,
    input: { count, referenceImageId: avatar.baseImageId, mode, ...(poses ? { poses } : {}) },
  });
}
