import { getStorage } from "@/lib/storage";
import { callImageProvider } from "./call-image-provider";
import { stateAfterStore } from "./discard-if-generation-gone";
import { retryCall, retryImageKey } from "./identity-retry-plan";
import { findGenerationJob } from "./load-generation-job";
import { setGenerationProgress } from "./set-generation-progress";

/**
 * Re-makes drifted image `index` (attempt 1…) with a new seed in one single-image call and stores it under
 * the attempt's own key; a retried step finds the file and calls nothing again. The attempt never gets a
 * row: keepBestAttempt moves the best one into the image. Once the generation is cancelled the attempt is
 * worthless (the image made first stays), so a call that finishes after a cancel has its file deleted,
 * like one that finishes after the avatar or project was deleted.
 */
export async function generateRetryImage(generationId: string, index: number, attempt: number) {
  const job = await findGenerationJob(generationId);
  if (!job) return { cancelled: true, gone: true };
  const item = job.plan[index];
  const storage = getStorage();
  const key = retryImageKey(job, item, attempt);
  if (await storage.exists(key)) return { cancelled: false, gone: false };
  await setGenerationProgress(job, index, "generating");
  const call = await callImageProvider(job, retryCall(job, item, attempt));
  if (call.cancelled) return { cancelled: true, gone: false };
  await storage.put(key, call.image.data, call.image.mimeType);
  const state = await stateAfterStore(generationId, [key]);
  if (state === "gone") return { cancelled: true, gone: true };
  if (state === "cancelled") {
    await storage.delete(key);
    return { cancelled: true, gone: false };
  }
  return { cancelled: false, gone: false };
}
