import type { Prisma } from "@/lib/db/generated/client";
import { createGeneration } from "@/lib/generations/create-generation";
import { getImageProvider } from "@/lib/providers/image";
import { assertWithinQuota } from "@/lib/usage/reserve-usage";
import { randomSeed } from "./random-seed";
import { assertApprovedBase, type SeedState } from "./seed-image-rules";
import { seedPrompt } from "./seed-prompt";

export const VARIATION_COUNT = 4;

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

/**
 * The pending generation row for 4 variations of the approved base (not yet queued), written inside `tx`
 * after the quota check (a batch's own variations pass `{ unitPriceUsd }`: the batch reserved them).
 */
export async function createVariationsGeneration(
  tx: Prisma.TransactionClient,
  userId: string,
  avatar: AvatarForVariations,
  providerName = "local",
  reserved?: { unitPriceUsd: number },
) {
  assertApprovedBase(avatar);
  const provider = getImageProvider(providerName);
  const built = seedPrompt(avatar);
  const unitPriceUsd =
    reserved?.unitPriceUsd ??
    (await assertWithinQuota(tx, userId, { provider: provider.name, model: provider.model, images: VARIATION_COUNT, what: "these variations" }));
  return createGeneration(tx, {
    userId,
    projectId: avatar.projectId,
    avatarId: avatar.id,
    batchId: avatar.batchId ?? null,
    type: "variations",
    provider: provider.name,
    model: provider.model,
    unitPriceUsd,
    prompt: built.prompt,
    negativePrompt: built.negativePrompt,
    seed: randomSeed(),
    input: { count: VARIATION_COUNT, referenceImageId: avatar.baseImageId },
  });
}
