import { getStorage } from "@/lib/storage";
import { avatarImageKey } from "@/lib/storage/storage-keys";
import { callImageProvider } from "./call-image-provider";
import { generateGridVariations } from "./generate-grid-variations";
import { stateAfterStore } from "./discard-if-generation-gone";
import { findGenerationJob } from "./load-generation-job";
import { saveGeneratedImage } from "./save-generated-image";
import { setGenerationProgress } from "./set-generation-progress";

export interface StoredImageOutcome {
  key: string | null;
  reused: boolean;
  cancelled: boolean;
  gone: boolean;
  model?: string;
}

/**
 * Calls the provider for image `index` and stores the original PNG under its deterministic key.
 * If the file is already there (a retry after the upload succeeded), the provider is not called again.
 * `cancelled` when the generation was cancelled: then no call starts; a call already in flight may
 * finish, and its image is kept (its thumbnail and row are written here, since no later step runs).
 * `gone` (and cancelled) when it was deleted with its avatar or project: a call that finishes after
 * that has its file deleted again, and the run ends quietly.
 */
export async function generateStoredImage(generationId: string, index: number): Promise<StoredImageOutcome> {
  const job = await findGenerationJob(generationId);
  if (!job) return { key: null, reused: false, cancelled: true, gone: true, model: undefined };
  if (job.input.mode === "grid" && job.generation.type === "variations") return generateGridVariations(job, index);
  const { generation, avatar, plan } = job;
  const item = plan[index];
  const storage = getStorage();
  const key = avatarImageKey(avatar.projectId, avatar.id, item.imageId, "png");
  if (await storage.exists(key)) return { key, reused: true, cancelled: false, gone: false, model: generation.model ?? undefined };

  await setGenerationProgress(job, index, "generating");
  const call = await callImageProvider(job, item);
  if (call.cancelled) return { key, reused: false, cancelled: true, gone: false, model: undefined };
  const { image } = call;
  await storage.put(key, image.data, image.mimeType);
  const state = await stateAfterStore(generationId, [key]);
  if (state === "gone") return { key: null, reused: false, cancelled: true, gone: true, model: undefined };
  if (state === "cancelled") {
    await saveGeneratedImage(generationId, index, image.model);
    return { key, reused: false, cancelled: true, gone: false, model: image.model };
  }
  return { key, reused: false, cancelled: false, gone: false, model: image.model };
}
