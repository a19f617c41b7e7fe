import { recordUsage } from "@/lib/avatars/record-usage";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { isIllustratedProvider, notMeasuredFaceReport } from "@/lib/faces/face-check-types";
import { imageFacts } from "@/lib/images/image-facts";
import { getStorage } from "@/lib/storage";
import { avatarImageKey, avatarThumbnailKey } from "@/lib/storage/storage-keys";
import { discardIfGenerationGone } from "./discard-if-generation-gone";
import { findGenerationJob, type GenerationJob } from "./load-generation-job";
import { writeGenerationProgress } from "./set-generation-progress";
import { emitGenerationProgress } from "@/lib/job-events/emit-generation-event";
import { storeImageThumbnail } from "./store-image-thumbnail";

/** The row of the grid image grid variations were cut from (no generationId: it is not one of the generation's images). */
async function gridImageData(gridImageId: string, variation: Omit<Prisma.ImageUncheckedCreateInput, "id">): Promise<Prisma.ImageUncheckedCreateInput> {
  const storageKey = variation.storageKey.replace(/[^/]+\.png$/, `${gridImageId}.png`);
  const stored = await getStorage().get(storageKey);
  if (!stored) throw new Error(`Grid image ${gridImageId} is missing from storage`);
  const facts = await imageFacts(stored.data);
  return {
    ...variation,
    id: gridImageId,
    kind: "grid",
    storageKey,
    thumbnailKey: variation.thumbnailKey.replace(/[^/]+\.thumb\.jpg$/, `${gridImageId}.thumb.jpg`),
    width: facts.width,
    height: facts.height,
    sizeBytes: facts.sizeBytes,
    md5: facts.md5,
    generationId: null,
    sourceImageId: null,
  };
}

/**
 * The step after a provider call: makes the thumbnail of stored image `index` and writes its row (an upsert
 * keyed by its deterministic id, so a retry never duplicates it) and what it means for the avatar: a new
 * draft, or a training item done. One load of the generation and one read of the original serve both; the
 * generation's progress (stage "saving") is written with its count of images, and told once the row is in.
 * `gone` when the generation was deleted with its avatar or project (before or during this step): then
 * its image file and thumbnail are deleted and the run ends quietly instead of retrying. A delete that
 * comes after the row is written removes the files with the row (rows first, then files).
 */
export async function saveGeneratedImage(generationId: string, index: number, model?: string) {
  const job = await findGenerationJob(generationId, { reference: false });
  if (!job) return { imageId: null, gone: true, checked: false };
  const { generation, avatar, input, plan } = job;
  const item = plan[index];
  const storageKey = avatarImageKey(avatar.projectId, avatar.id, item.imageId, "png");
  const thumbnailKey = avatarThumbnailKey(avatar.projectId, avatar.id, item.imageId);
  try {
    const original = await getStorage().get(storageKey);
    if (!original) throw new Error(`Original of image ${item.imageId} is missing from storage`);
    await storeImageThumbnail(job, index, original.data);
    const progress = await writeImageRow(job, index, { storageKey, thumbnailKey, data: original.data }, model);
    if (progress) await emitGenerationProgress(progress);
  } catch (error) {
    if (await discardIfGenerationGone(generationId, [storageKey, thumbnailKey])) return { imageId: null, gone: true, checked: false };
    throw error;
  }
  if (input.referenceImageId && index === 0) {
    await recordUsage(avatar.id, "used_as_reference", generation.userId, { imageId: input.referenceImageId, generationId }).catch(async (error) => {
      if (!(await discardIfGenerationGone(generationId, [storageKey, thumbnailKey]))) throw error;
    });
  }
  // `checked`: the row already carries its checks' reports (writeImageRow), so the run has no check step for it.
  return { imageId: item.imageId, gone: false, checked: isIllustratedProvider(generation.provider) };
}

async function writeImageRow(job: GenerationJob, index: number, original: { storageKey: string; thumbnailKey: string; data: Buffer }, model?: string) {
  const { generation, avatar, input, plan } = job;
  const generationId = generation.id;
  const item = plan[index];
  const { storageKey, thumbnailKey } = original;
  const facts = await imageFacts(original.data);
  const db = await getDb();
  const data: Omit<Prisma.ImageUncheckedCreateInput, "id"> = {
    avatarId: avatar.id,
    kind: item.kind,
    storageKey,
    thumbnailKey,
    mimeType: "image/png",
    width: facts.width,
    height: facts.height,
    sizeBytes: facts.sizeBytes,
    md5: facts.md5,
    prompt: item.prompt,
    negativePrompt: item.negativePrompt,
    seed: item.seed,
    provider: generation.provider,
    model: model ?? generation.model,
    source: item.source,
    generationId,
    createdById: generation.userId,
    sourceImageId: item.gridImageId ?? null,
    // An illustration is measured by neither check: its row is written with its "not measured" face report.
    ...(isIllustratedProvider(generation.provider) ? (notMeasuredFaceReport(item.kind) as unknown as { quality?: Prisma.InputJsonValue; identity?: Prisma.InputJsonValue }) : {}),
  };
  const grid = item.gridImageId ? await gridImageData(item.gridImageId, data) : null;
  return db.$transaction(async (tx) => {
    // The grid row first (the variations point at it); outside the generation's count, out of the gallery.
    if (grid) await tx.image.upsert({ where: { id: grid.id }, create: grid, update: grid });
    await tx.image.upsert({ where: { id: item.imageId }, create: { id: item.imageId, ...data }, update: data });
    if (item.trainingItemId) {
      await tx.trainingItem.update({
        where: { id: item.trainingItemId },
        data: { status: "completed", imageId: item.imageId, errorMessage: null },
      });
    }
    // A plain generation's first image becomes the draft, unless the look was locked meanwhile.
    if (item.kind === "base" && index === 0 && input.selectFirstAsDraft) {
      await tx.avatar.updateMany({
        where: { id: avatar.id, appearanceLocked: false },
        data: { baseImageId: item.imageId, baseImageStatus: "draft", rejectionReason: null },
      });
    }
    const done = await tx.image.count({ where: { generationId } });
    // A cancelled generation (its call finished after the cancel) keeps its count, without progress.
    const progress = await writeGenerationProgress(tx, job, index, "saving", { done });
    if (!progress) await tx.generation.update({ where: { id: generationId }, data: { done } });
    return progress;
  });
}
