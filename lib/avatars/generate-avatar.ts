import { getDb } from "@/lib/db/client";
import { createGeneration } from "@/lib/generations/create-generation";
import { enqueueGeneration } from "@/lib/generations/enqueue-generation";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { getImageProviderFor } from "@/lib/providers/image";
import { assertWithinQuota } from "@/lib/usage/reserve-usage";
import type { GenerateAvatarInput } from "./avatar-schemas";
import { avatarSelect, toAvatarView } from "./avatar-view";
import { buildPrompt } from "./build-prompt";
import { randomSeed } from "./random-seed";

/**
 * Creates an avatar and its first generation in one transaction, then queues the job. Answers at once;
 * the job fills in the image. An unconfigured provider is refused before anything is written.
 */
export async function generateAvatar(ownerId: string, projectId: string, input: GenerateAvatarInput) {
  await getProjectOrThrow(ownerId, projectId);
  const provider = getImageProviderFor(input.provider, { seed: input.seed, negativePrompt: input.negativePrompt, quality: input.quality });
  const built = buildPrompt(input);
  const seed = input.seed ?? randomSeed();
  const db = await getDb();
  const { avatar, generation } = await db.$transaction(async (tx) => {
    const unitPriceUsd = await assertWithinQuota(tx, ownerId, { provider: provider.name, model: provider.model, images: 1, what: "this image" });
    const avatar = await tx.avatar.create({
      data: {
        projectId,
        name: input.name,
        prompt: input.prompt,
        negativePrompt: input.negativePrompt || null,
        persona: input.persona ?? undefined,
        attributes: input.attributes ?? undefined,
        appearanceDescription: input.appearanceDescription ?? null,
      },
    });
    const generation = await createGeneration(tx, {
      userId: ownerId,
      projectId,
      avatarId: avatar.id,
      type: "avatar",
      provider: provider.name,
      model: provider.model,
      unitPriceUsd,
      prompt: built.prompt,
      negativePrompt: built.negativePrompt,
      seed,
      width: input.width,
      height: input.height,
      input: { count: 1, selectFirstAsDraft: true, ...(input.quality ? { quality: input.quality } : {}) },
    });
    await tx.usageEvent.create({ data: { avatarId: avatar.id, type: "created", actorId: ownerId, details: { via: "generate" } } });
    return { avatar, generation };
  });
  const queued = await enqueueGeneration(generation);
  const view = toAvatarView(await db.avatar.findUniqueOrThrow({ where: { id: avatar.id }, select: avatarSelect }));
  return { avatar: view, generation: queued };
}
