import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { generationInputSchema } from "./generation-input";
import { planGenerationImages } from "./plan-generation-images";

/**
 * Everything a job step needs, read fresh from the database by generation id, so events and step
 * outputs carry ids only (never image bytes). Null when the generation is gone: its avatar or project
 * was deleted (the rows cascade), which a running job treats as a cancel. A step that makes no provider
 * call passes `{ reference: false }`: the reference image (what a call is made from) is not read, and is null.
 */
export async function findGenerationJob(generationId: string, needs: { reference: boolean } = { reference: true }) {
  const db = await getDb();
  const generation = await db.generation.findUnique({
    where: { id: generationId },
    include: { avatar: { select: { id: true, projectId: true, attributes: true, appearanceLocked: true, baseImageId: true } } },
  });
  if (!generation?.avatar) return null;
  const input = generationInputSchema.parse(generation.input ?? {});
  const reference =
    needs.reference && input.referenceImageId
      ? await db.image.findFirst({
          where: { id: input.referenceImageId, avatarId: generation.avatar.id },
          select: { id: true, seed: true, storageKey: true, mimeType: true },
        })
      : null;
  const trainingItems = input.trainingItemIds?.length
    ? await db.trainingItem.findMany({ where: { id: { in: input.trainingItemIds } }, select: { id: true, prompt: true } })
    : [];
  const ordered = (input.trainingItemIds ?? []).map((id) => trainingItems.find((item) => item.id === id)).filter((item) => item !== undefined);
  return { generation, avatar: generation.avatar, input, reference, plan: planGenerationImages(generation, ordered) };
}

/** findGenerationJob, or NotFoundError when the generation is gone. */
export async function loadGenerationJob(generationId: string) {
  const job = await findGenerationJob(generationId);
  if (!job) throw new NotFoundError("Generation");
  return job;
}

export type GenerationJob = Awaited<ReturnType<typeof loadGenerationJob>>;
