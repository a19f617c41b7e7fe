import { createVariationsGeneration } from "@/lib/avatars/create-variations-generation";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { enterPersonaStage } from "./enter-persona-stage";
import { loadBatchPersona } from "./load-batch-persona";
import { reopenGeneration } from "@/lib/generations/reopen-generation";

/**
 * The generation that makes the persona's 4 variations: null when they are all made, the earlier one
 * reopened when some failed (only the missing ones are made again), else a new one. `error` when the
 * persona cannot have variations (no approved base). The batch reserved their images at creation.
 */
export async function preparePersonaVariationsGeneration(avatarId: string): Promise<{ generationId: string | null; error: string | null }> {
  const persona = await loadBatchPersona(avatarId);
  const db = await getDb();
  await enterPersonaStage(avatarId, "variations");
  if (persona.variationsGenerationId) {
    const earlier = await db.generation.findUnique({ where: { id: persona.variationsGenerationId }, select: { id: true, status: true, failed: true } });
    if (earlier?.status === "completed" && earlier.failed === 0) return { generationId: null, error: null };
    if (earlier) {
      await reopenGeneration(db, earlier.id);
      return { generationId: earlier.id, error: null };
    }
  }
  try {
    const generation = await db.$transaction(async (tx) => {
      const created = await createVariationsGeneration(
        tx,
        persona.batch.userId,
        persona.avatar,
        persona.batch.provider,
        persona.batch.variationsMode === "grid" ? "grid" : "separate",
        { unitPriceUsd: persona.batch.unitPriceUsd },
      );
      await tx.generation.update({ where: { id: created.id }, data: { batchRun: true } });
      await tx.batchPersona.update({ where: { avatarId }, data: { variationsGenerationId: created.id } });
      return created;
    });
    return { generationId: generation.id, error: null };
  } catch (error) {
    if (error instanceof AppError) return { generationId: null, error: error.message };
    throw error;
  }
}
