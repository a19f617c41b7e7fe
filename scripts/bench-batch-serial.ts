/** The serial baseline for bench-batch.ts: the batch's lib operations in a plain loop, one persona at a time. */
import { createBatchSchema } from "../lib/batches/batch-schemas";
import { approvePersonaBase } from "../lib/batches/run/approve-persona-base";
import { loadBatchPersona } from "../lib/batches/run/load-batch-persona";
import { preparePersonaBaseGeneration } from "../lib/batches/run/prepare-persona-base-generation";
import { preparePersonaVariationsGeneration } from "../lib/batches/run/prepare-persona-variations-generation";
import { writeBatchPersonas } from "../lib/batches/run/write-batch-personas";
import { getDb } from "../lib/db/client";
import { beginGeneration } from "../lib/generations/begin-generation";
import { finishGeneration } from "../lib/generations/finish-generation";
import { generateStoredImage } from "../lib/generations/generate-stored-image";
import { saveGeneratedImage } from "../lib/generations/save-generated-image";

/** What runGeneration's steps do, without the job driver in between. */
async function runGenerationInline(generationId: string) {
  const plan = await beginGeneration(generationId);
  for (let index = 0; index < plan.total; index++) {
    const generated = await generateStoredImage(generationId, index);
    await saveGeneratedImage(generationId, index, generated.model);
  }
  const finished = await finishGeneration(generationId);
  return finished.done;
}

/** Writes `count` personas, then gives each its base, approval and variations before starting the next. Returns images made. */
export async function makePersonasSerially(userId: string, projectId: string, count: number, provider = "local") {
  const db = await getDb();
  const input = createBatchSchema.parse({ count, images: false, seed: 1234 });
  // A data-only batch row gives the personas their rows; its job is never started (no driver runs).
  const batch = await db.batch.create({ data: { projectId, userId, count, images: false, seed: 1234, provider, brief: input.brief ?? null } });
  await writeBatchPersonas(batch.id);
  const personas = await db.batchPersona.findMany({ where: { batchId: batch.id }, orderBy: { index: "asc" }, select: { avatarId: true } });
  let images = 0;
  for (const { avatarId } of personas) {
    const base = await preparePersonaBaseGeneration(await loadBatchPersona(avatarId));
    if (base.generationId) images += await runGenerationInline(base.generationId);
    const approved = await approvePersonaBase(await loadBatchPersona(avatarId));
    if (approved.error) throw new Error(approved.error);
    const variations = await preparePersonaVariationsGeneration(avatarId);
    if (variations.error || !variations.generationId) throw new Error(variations.error ?? "no variations generation");
    images += await runGenerationInline(variations.generationId);
  }
  return images;
}
