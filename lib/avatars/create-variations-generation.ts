import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { createGeneration } from "@/lib/generations/create-generation";
import { getImageProviderFor } from "@/lib/providers/image";
import { randomSeed } from "./random-seed";
import { assertApprovedBase, type SeedState } from "./seed-image-rules";
import { seedPrompt } from "./seed-prompt";
import type { VariationsMode } from "./variations-mode";

export const VARIATION_COUNT = 4;

type AvatarForVariations = SeedState & {
  id: string;
  projectId: string;
  batchId?: string | null;
  name: string;
  persona: unknown;
  attributes: unknown;
  appearanceDescription: string | null;
};

/** A grid is drawn at the persona's image size (its approved base), so each quarter is half of it. */
async function gridSize(db: PrismaClient | Prisma.TransactionClient, baseImageId: string | null) {
  const base = baseImageId ? await db.image.findUnique({ where: { id: baseImageId }, select: { width: true, height: true } }) : null;
  const even = (side: number | undefined) => (side && side >= 2 ? side - (side % 2) : 1024);
  return { width: even(base?.width), height: even(base?.height) };
}

/** The pending generation row for 4 variations of the approved base (not yet queued). */
export async function createVariationsGeneration(
  db: PrismaClient | Prisma.TransactionClient,
  userId: string,
  avatar: AvatarForVariations,
  providerName = "local",
  mode: VariationsMode = "separate",
) {
  assertApprovedBase(avatar);
  const provider = getImageProviderFor(providerName, { reference: true, grid: mode === "grid" });
  const built = seedPrompt(avatar);
  const size = mode === "grid" ? await gridSize(db, avatar.baseImageId) : {};
  return createGeneration(db, {
    userId,
    projectId: avatar.projectId,
    avatarId: avatar.id,
    batchId: avatar.batchId ?? null,
    type: "variations",
    provider: provider.name,
    model: provider.referenceModel,
    prompt: built.prompt,
    negativePrompt: built.negativePrompt,
    seed: randomSeed(),
    ...size,
    input: { count: VARIATION_COUNT, referenceImageId: avatar.baseImageId, mode },
  });
}
