import { getDb } from "@/lib/db/client";
import { BadRequestError } from "@/lib/errors";
import { createGeneration } from "@/lib/generations/create-generation";
import { enqueueGeneration } from "@/lib/generations/enqueue-generation";
import type { JobLane } from "@/lib/jobs/job-lane";
import { getImageProviderFor } from "@/lib/providers/image";
import { reserveUsage } from "@/lib/usage/reserve-usage";
import { buildRefinePrompt } from "./build-prompt";
import { getSeedStateOrThrow } from "./get-seed-state-or-throw";
import { randomSeed } from "./random-seed";
import { REFINE_DEFAULT_STRENGTH, type SeedGenerateInput } from "./seed-image-schemas";
import { assertCanReplaceBase } from "./seed-image-rules";
import { seedPrompt } from "./seed-prompt";

/**
 * Generates 1–4 seed-image candidates from the persona's own prompt and appearance. A refine (mode
 * "refine" or a `referenceImageId`, one of its base images; the current one by default) makes a new
 * version from that image (image-to-image) with the user's instruction (by default the reason the
 * draft was rejected) and strength. A single
 * candidate becomes the draft at once; several are compared and one is picked.
 */
export async function requestSeedGeneration(
  ownerId: string,
  avatarId: string,
  options: Omit<SeedGenerateInput, "candidates"> & { candidates?: number; lane?: JobLane },
) {
  const avatar = await getSeedStateOrThrow(ownerId, avatarId);
  assertCanReplaceBase(avatar);
  const provider = getImageProviderFor(options.provider ?? "local", { reference: Boolean(options.referenceImageId) });
  const db = await getDb();
  const refine = options.mode === "refine" || options.referenceImageId !== undefined;
  const referenceImageId = options.referenceImageId ?? (refine ? avatar.baseImageId : null);
  if (refine && !referenceImageId) throw new BadRequestError("There is no base image to refine yet: generate or upload one first");
  if (referenceImageId) {
    const reference = await db.image.findFirst({ where: { id: referenceImageId, avatarId, kind: "base" }, select: { id: true } });
    if (!reference) throw new BadRequestError("referenceImageId: not a base image of this avatar");
  }
  // What the user said was wrong with the rejected draft is what the refine should change.
  const instruction = options.instruction || (avatar.baseImageStatus === "rejected" ? avatar.rejectionReason : null) || undefined;
  const built = seedPrompt(avatar);
  const count = options.candidates ?? 1;
  const demand = { provider: provider.name, model: provider.model, images: count, what: refine ? "this refine" : "these candidates" };
  const generation = await reserveUsage(ownerId, demand, (tx, unitPriceUsd) => createGeneration(tx, {
    userId: ownerId,
    projectId: avatar.projectId,
    avatarId,
    type: "seed",
    provider: provider.name,
    model: refine ? provider.referenceModel : provider.model,
    unitPriceUsd,
    prompt: refine ? buildRefinePrompt(built.prompt, instruction) : built.prompt,
    negativePrompt: built.negativePrompt,
    seed: randomSeed(),
    input: {
      count,
      referenceImageId: referenceImageId ?? undefined,
      selectFirstAsDraft: count === 1,
      ...(refine ? { strength: options.strength ?? REFINE_DEFAULT_STRENGTH, instruction } : {}),
    },
  }));
  return enqueueGeneration(generation, { lane: options.lane });
}
