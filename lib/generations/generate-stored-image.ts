import type { VisualAttributes } from "@/lib/avatars/persona-schemas";
import { getImageProvider } from "@/lib/providers/image";
import { getStorage } from "@/lib/storage";
import { avatarImageKey } from "@/lib/storage/storage-keys";
import { generateGridVariations } from "./generate-grid-variations";
import { isGenerationCancelled } from "./is-generation-cancelled";
import { loadGenerationJob } from "./load-generation-job";
import { saveGeneratedImage } from "./save-generated-image";
import { setGenerationProgress } from "./set-generation-progress";
import { storeImageThumbnail } from "./store-image-thumbnail";
import { watchGenerationCancel } from "./watch-generation-cancel";

/**
 * Calls the provider for image `index` and stores the original PNG under its deterministic key.
 * If the file is already there (a retry after the upload succeeded), the provider is not called again.
 * `cancelled` when the generation was cancelled: then no call starts; a call already in flight may
 * finish, and its image is kept (its thumbnail and row are written here, since no later step runs).
 */
export async function generateStoredImage(generationId: string, index: number) {
  const job = await loadGenerationJob(generationId);
  if (job.input.mode === "grid" && job.generation.type === "variations") return generateGridVariations(job, index);
  const { generation, avatar, reference, plan, input } = job;
  const item = plan[index];
  const storage = getStorage();
  const key = avatarImageKey(avatar.projectId, avatar.id, item.imageId, "png");
  if (await storage.exists(key)) return { key, reused: true, cancelled: false, model: generation.model ?? undefined };

  await setGenerationProgress(generationId, index, plan.length, "generating");
  const referenceFile = reference ? await storage.get(reference.storageKey) : null;
  const identitySeed = reference ? (reference.seed !== null ? `seed:${reference.seed}` : undefined) : `seed:${item.seed}`;
  const provider = getImageProvider(generation.provider);
  if (await isGenerationCancelled(generationId)) return { key, reused: false, cancelled: true, model: undefined };
  const watch = watchGenerationCancel(generationId);
  let image: Awaited<ReturnType<typeof provider.generate>>;
  try {
    image = await provider.generate(
      {
        prompt: item.prompt,
        negativePrompt: item.negativePrompt ?? undefined,
        width: generation.width,
        height: generation.height,
        seed: item.seed,
        attributes: (avatar.attributes ?? {}) as VisualAttributes,
        identitySeed,
        reference: referenceFile ? { data: referenceFile.data, mimeType: referenceFile.contentType } : undefined,
        variationIndex: item.variationIndex,
        strength: input.strength,
        quality: input.quality,
      },
      { signal: watch.signal },
    );
  } catch (error) {
    if (watch.signal.aborted) return { key, reused: false, cancelled: true, model: undefined };
    throw error;
  } finally {
    watch.stop();
  }
  await storage.put(key, image.data, image.mimeType);
  if (await isGenerationCancelled(generationId)) {
    await storeImageThumbnail(generationId, index);
    await saveGeneratedImage(generationId, index, image.model);
    return { key, reused: false, cancelled: true, model: image.model };
  }
  return { key, reused: false, cancelled: false, model: image.model };
}
