import type { VisualAttributes } from "@/lib/avatars/persona-schemas";
import { getImageProvider } from "@/lib/providers/image";
import { getStorage } from "@/lib/storage";
import { avatarImageKey } from "@/lib/storage/storage-keys";
import { loadGenerationJob } from "./load-generation-job";
import { setGenerationProgress } from "./set-generation-progress";

/**
 * Calls the provider for image `index` and stores the original PNG under its deterministic key.
 * If the file is already there (a retry after the upload succeeded), the provider is not called again.
 */
export async function generateStoredImage(generationId: string, index: number) {
  const { generation, avatar, reference, plan } = await loadGenerationJob(generationId);
  const item = plan[index];
  const storage = getStorage();
  const key = avatarImageKey(avatar.projectId, avatar.id, item.imageId, "png");
  if (await storage.exists(key)) return { key, reused: true, model: generation.model ?? undefined };

  await setGenerationProgress(generationId, index, plan.length, "generating");
  const referenceFile = reference ? await storage.get(reference.storageKey) : null;
  const identitySeed = reference ? (reference.seed !== null ? `seed:${reference.seed}` : undefined) : `seed:${item.seed}`;
  const provider = getImageProvider(generation.provider);
  const image = await provider.generate({
    prompt: item.prompt,
    negativePrompt: item.negativePrompt ?? undefined,
    width: generation.width,
    height: generation.height,
    seed: item.seed,
    attributes: (avatar.attributes ?? {}) as VisualAttributes,
    identitySeed,
    reference: referenceFile ? { data: referenceFile.data, mimeType: referenceFile.contentType } : undefined,
    variationIndex: item.variationIndex,
  });
  await storage.put(key, image.data, image.mimeType);
  return { key, reused: false, model: image.model };
}
