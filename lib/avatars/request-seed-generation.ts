import { getDb } from "@/lib/db/client";
import { BadRequestError } from "@/lib/errors";
import { createGeneration } from "@/lib/generations/create-generation";
import { enqueueGeneration } from "@/lib/generations/enqueue-generation";
import { getImageProviderFor } from "@/lib/providers/image";
import { getSeedStateOrThrow } from "./get-seed-state-or-throw";
import { randomSeed } from "./random-seed";
import { assertCanReplaceBase } from "./seed-image-rules";
import { seedPrompt } from "./seed-prompt";

/**
 * Generates 1–4 seed-image candidates from the persona's appearance. With `referenceImageId` (one of
 * its base images) it refines that image instead (image-to-image). A single candidate becomes the draft
 * at once; several are compared and one is picked.
 */
export async function requestSeedGeneration(
  ownerId: string,
  avatarId: string,
  options: { provider?: string; candidates: number; referenceImageId?: string },
) {
  const avatar = await getSeedStateOrThrow(ownerId, avatarId);
  assertCanReplaceBase(avatar);
  const provider = getImageProviderFor(options.provider ?? "local", { reference: Boolean(options.referenceImageId) });
  const db = await getDb();
  if (options.referenceImageId) {
    const reference = await db.image.findFirst({ where: { id: options.referenceImageId, avatarId, kind: "base" }, select: { id: true } });
    if (!reference) throw new BadRequestError("referenceImageId: not a base image of this avatar");
  }
  const built = seedPrompt(avatar);
  const generation = await createGeneration(db, {
    userId: ownerId,
    projectId: avatar.projectId,
    avatarId,
    type: "seed",
    provider: provider.name,
    model: options.referenceImageId ? provider.referenceModel : provider.model,
    prompt: built.prompt,
    negativePrompt: built.negativePrompt,
    seed: randomSeed(),
    input: { count: options.candidates, referenceImageId: options.referenceImageId, selectFirstAsDraft: options.candidates === 1 },
  });
  return enqueueGeneration(generation);
}
