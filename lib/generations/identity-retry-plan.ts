import { MAX_SEED } from "@/lib/avatars/avatar-schemas";
import { buildVariationPrompt } from "@/lib/avatars/build-prompt";
import { avatarImageKey } from "@/lib/storage/storage-keys";
import type { GenerationJob } from "./load-generation-job";
import type { PlannedImage } from "./plan-generation-images";
import type { SingleImageCall } from "./call-image-provider";

/** The most re-makes any project may ask for (projectSettingsSchema's maxIdentityRetries). */
export const MAX_IDENTITY_RETRIES = 5;

/**
 * Attempt `attempt` (1…) at re-making a drifted image: its own deterministic id, storage key and seed,
 * so a retried step writes the same file. The id is not a planned image id (no row ever names it), so
 * the storage sweep removes a file a killed run left behind.
 */
export function retryImageId(imageId: string, attempt: number) {
  return `${imageId}r${attempt}`;
}

export function retryImageKey(job: GenerationJob, item: PlannedImage, attempt: number) {
  return avatarImageKey(job.avatar.projectId, job.avatar.id, retryImageId(item.imageId, attempt), "png");
}

/** A new seed per attempt, far from the neighbouring images' seeds (seed + index). */
export function retrySeed(seed: number, attempt: number) {
  return (seed + attempt * 104_729) % MAX_SEED;
}

/** The single-image call that re-makes `item`: a grid cell is re-made on its own, with its variation's prompt. */
export function retryCall(job: GenerationJob, item: PlannedImage, attempt: number): SingleImageCall {
  const prompt = item.gridImageId ? buildVariationPrompt(job.generation.prompt ?? "", item.variationIndex ?? item.index) : item.prompt;
  return { prompt, negativePrompt: item.negativePrompt, seed: retrySeed(item.seed, attempt), variationIndex: item.variationIndex };
}
