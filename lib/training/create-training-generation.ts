import { randomSeed } from "@/lib/avatars/random-seed";
import { seedStateSelect } from "@/lib/avatars/seed-state-select";
import { assertApprovedBase } from "@/lib/avatars/seed-image-rules";
import { seedPrompt } from "@/lib/avatars/seed-prompt";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { BadRequestError, ConflictError, NotFoundError } from "@/lib/errors";
import { createGeneration } from "@/lib/generations/create-generation";
import type { ImageProvider } from "@/lib/providers/image";
import { assertWithinQuota } from "@/lib/usage/reserve-usage";
import { pickMissingTrainingItems } from "./pick-missing-training-items";
import { promptKey } from "./training-prompt-schemas";

const RUNNING = ["pending", "processing"] as const;

/**
 * In one transaction: makes sure the avatar has one training item per prompt (matched ignoring case
 * and spacing), and writes a pending training generation for the items that still lack an image.
 * The avatar row is locked first so two clicks on "Generate" cannot both claim the same items.
 * The caller queues the returned generation once the transaction has committed.
 */
export async function createTrainingGeneration(
  db: PrismaClient,
  userId: string,
  avatarId: string,
  prompts: string[],
  provider: Pick<ImageProvider, "name" | "model">,
) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Avatar" WHERE "id" = ${avatarId} FOR UPDATE`;
    const avatar = await tx.avatar.findUnique({
      where: { id: avatarId },
      select: seedStateSelect,
    });
    if (!avatar) throw new NotFoundError("Avatar");
    assertApprovedBase(avatar);
    const items = await ensureTrainingItems(tx, avatarId, prompts);
    const running = await tx.generation.findMany({
      where: { id: { in: items.flatMap((item) => (item.generationId ? [item.generationId] : [])) }, status: { in: [...RUNNING] } },
      select: { id: true },
    });
    const { missing, inFlight } = pickMissingTrainingItems(items, new Set(running.map((generation) => generation.id)));
    if (missing.length === 0) {
      if (inFlight.length > 0) throw new ConflictError("These prompts are already being generated. Wait for the running training set to finish.");
      throw new BadRequestError("Nothing to generate: every prompt already has a training image");
    }
    const unitPriceUsd = await assertWithinQuota(tx, userId, {
      provider: provider.name,
      model: provider.model,
      images: missing.length,
      what: "this training set",
    });
    const built = seedPrompt(avatar);
    const generation = await createGeneration(tx, {
      userId,
      projectId: avatar.projectId,
      avatarId: avatar.id,
      batchId: avatar.batchId,
      type: "training",
      provider: provider.name,
      model: provider.model,
      unitPriceUsd,
      prompt: built.prompt,
      negativePrompt: built.negativePrompt,
      seed: randomSeed(),
      input: { trainingItemIds: missing.map((item) => item.id), referenceImageId: avatar.baseImageId },
    });
    await tx.trainingItem.updateMany({
      where: { id: { in: missing.map((item) => item.id) } },
      data: { status: "pending", errorMessage: null, generationId: generation.id },
    });
    return generation;
  });
}

/** The avatar's items for `prompts`, in prompt order; prompts it has no item for yet get one. */
async function ensureTrainingItems(tx: Prisma.TransactionClient, avatarId: string, prompts: string[]) {
  const select = { id: true, prompt: true, status: true, imageId: true, generationId: true } as const;
  const existing = await tx.trainingItem.findMany({ where: { avatarId }, select });
  const byKey = new Map(existing.map((item) => [promptKey(item.prompt), item]));
  // One by one, in the order given, so the manifest numbers images in that order too.
  for (const prompt of prompts) {
    if (byKey.has(promptKey(prompt))) continue;
    byKey.set(promptKey(prompt), await tx.trainingItem.create({ data: { avatarId, prompt }, select }));
  }
  return [...new Set(prompts.map(promptKey))].map((key) => byKey.get(key)!);
}
