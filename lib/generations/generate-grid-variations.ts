import { gridImageProblem, splitGridImage } from "@/lib/images/split-grid-image";
import { getImageProvider, ProviderError, type ImageProviderName } from "@/lib/providers/image";
import { getStorage } from "@/lib/storage";
import { avatarImageKey } from "@/lib/storage/storage-keys";
import { callImageProvider } from "./call-image-provider";
import type { GenerationJob } from "./load-generation-job";
import { discardIfGenerationGone } from "./discard-if-generation-gone";
import { setGenerationProgress } from "./set-generation-progress";

/**
 * Grid variations: the first step makes ONE provider call for a 2×2 grid at the generation's size, checks
 * it (exact size, even sides, not blank), keeps it under its own deterministic key and stores its four
 * quarters as the four variation originals. A retried step finds the files and calls nothing again;
 * the later steps only ever find their quarter. `cancelled` as in generateStoredImage.
 */
export async function generateGridVariations(job: GenerationJob, index: number) {
  const { generation, avatar, plan } = job;
  const item = plan[index];
  const storage = getStorage();
  const keyOf = (imageId: string) => avatarImageKey(avatar.projectId, avatar.id, imageId, "png");
  const key = keyOf(item.imageId);
  if (await storage.exists(key)) return { key, reused: true, cancelled: false, gone: false, model: generation.model ?? undefined };
  const gridKey = keyOf(item.gridImageId!);
  const provider = getImageProvider(generation.provider);
  let grid = (await storage.get(gridKey))?.data;
  let model = generation.model ?? undefined;
  if (!grid) {
    // Only the first step calls the provider; a later one without its quarter means the grid failed.
    if (index !== 0) throw new ProviderError("The grid image was not made, so this variation could not be cut from it.", { kind: "permanent", provider: provider.name as ImageProviderName });
    await setGenerationProgress(job, index, "generating");
    // The same call as a single image's (cancel checks, a capped Retry-After shown as "waiting until …").
    const call = await callImageProvider(job, { prompt: item.prompt, negativePrompt: item.negativePrompt, seed: item.seed, grid: true });
    if (call.cancelled) return { key, reused: false, cancelled: true, gone: false, model: undefined };
    model = call.image.model;
    const problem = await gridImageProblem(call.image.data, generation.width, generation.height);
    if (problem) {
      throw new ProviderError(`The grid image from ${provider.name} cannot be split into four variations: ${problem}. Try again, or make the variations separately.`, {
        kind: "permanent",
        provider: provider.name as ImageProviderName,
      });
    }
    await storage.put(gridKey, call.image.data, call.image.mimeType);
    grid = call.image.data;
  }
  const quarters = await splitGridImage(grid, generation.width, generation.height);
  for (const planned of plan) await storage.put(keyOf(planned.imageId), quarters[planned.variationIndex ?? planned.index], "image/png");
  // Deleted with its avatar or project while the call ran: the grid just stored goes too.
  if (await discardIfGenerationGone(generation.id, [gridKey, ...plan.map((planned) => keyOf(planned.imageId))])) return { key: null, reused: false, cancelled: true, gone: true, model: undefined };
  return { key, reused: false, cancelled: false, gone: false, model };
}
