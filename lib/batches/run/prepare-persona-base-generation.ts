import { MAX_SEED } from "@/lib/avatars/avatar-schemas";
import { seedPrompt } from "@/lib/avatars/seed-prompt";
import { getDb } from "@/lib/db/client";
import { createGeneration } from "@/lib/generations/create-generation";
import { getImageProvider } from "@/lib/providers/image";
import { enterPersonaStage } from "./enter-persona-stage";
import type { LoadedBatchPersona } from "./load-batch-persona";
import { reopenGeneration } from "@/lib/generations/reopen-generation";

/**
 * The generation that makes a persona's base image: null when it already has one (a retry after a
 * later stage failed), its earlier generation reopened when that failed, else a new one whose first
 * image becomes the draft. The new row and the persona's pointer to it are written together, so a
 * step that runs twice reuses the row instead of making a second one. `persona` as loaded by the step.
 */
export async function preparePersonaBaseGeneration(persona: LoadedBatchPersona): Promise<{ generationId: string | null }> {
  const { avatarId } = persona;
  if (persona.avatar.baseImageId) return { generationId: null };
  const db = await getDb();
  await enterPersonaStage(avatarId, "base");
  if (persona.baseGenerationId) {
    const earlier = await db.generation.findUnique({ where: { id: persona.baseGenerationId }, select: { id: true } });
    if (earlier) {
      await reopenGeneration(db, earlier.id);
      return { generationId: earlier.id };
    }
  }
  const { batch, avatar } = persona;
  const provider = getImageProvider(batch.provider);
  const built = seedPrompt(avatar);
  const generation = await db.$transaction(async (tx) => {
    const created = await createGeneration(tx, {
      userId: batch.userId,
      projectId: avatar.projectId,
      avatarId,
      batchId: persona.batchId,
      type: "avatar",
      provider: provider.name,
      model: provider.model,
      // The batch reserved its images (and their price) when it was created.
      unitPriceUsd: batch.unitPriceUsd,
      prompt: built.prompt,
      negativePrompt: built.negativePrompt,
      // Derived from the batch seed, so the same batch renders the same faces with the local provider.
      seed: (batch.seed + persona.index) % MAX_SEED,
      input: { count: 1, selectFirstAsDraft: true },
      batchRun: true,
    });
    await tx.batchPersona.update({ where: { avatarId }, data: { baseGenerationId: created.id } });
    return created;
  });
  return { generationId: generation.id };
}
