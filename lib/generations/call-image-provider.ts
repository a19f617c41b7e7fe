import type { VisualAttributes } from "@/lib/avatars/persona-schemas";
import { getImageProvider, type GeneratedImage } from "@/lib/providers/image";
import { getStorage } from "@/lib/storage";
import { applyProviderWait } from "./apply-provider-wait";
import { isGenerationCancelled } from "./is-generation-cancelled";
import type { GenerationJob } from "./load-generation-job";
import { watchGenerationCancel } from "./watch-generation-cancel";

export interface SingleImageCall {
  prompt: string;
  negativePrompt: string | null;
  seed: number;
  variationIndex?: number;
  /** One 2×2 grid of four variations (lib/generations/generate-grid-variations.ts): no variation index of its own. */
  grid?: boolean;
}

/**
 * One provider call for a generation (a planned image, the re-make of a drifted one, or a grid of four):
 * image-to-image from the generation's reference when it has one. `cancelled` when the generation was
 * cancelled before the call or while it ran (the call is aborted); provider errors come back as the
 * error the step should throw (a short Retry-After is waited out by the job engine).
 */
export async function callImageProvider(job: GenerationJob, call: SingleImageCall): Promise<{ cancelled: true } | { cancelled: false; image: GeneratedImage }> {
  const { generation, avatar, input, reference } = job;
  const referenceFile = reference ? await getStorage().get(reference.storageKey) : null;
  // A grid without a reference has no single identity to keep: each quarter is its own draw.
  const identitySeed = reference ? (reference.seed !== null ? `seed:${reference.seed}` : undefined) : call.grid ? undefined : `seed:${call.seed}`;
  const provider = getImageProvider(generation.provider);
  if (await isGenerationCancelled(generation.id)) return { cancelled: true };
  const watch = watchGenerationCancel(generation.id);
  try {
    const image = await provider.generate(
      {
        prompt: call.prompt,
        negativePrompt: call.negativePrompt ?? undefined,
        width: generation.width,
        height: generation.height,
        seed: call.seed,
        attributes: (avatar.attributes ?? {}) as VisualAttributes,
        identitySeed,
        reference: referenceFile ? { data: referenceFile.data, mimeType: referenceFile.contentType } : undefined,
        variationIndex: call.variationIndex,
        strength: referenceFile ? input.strength : undefined,
        quality: input.quality,
        grid: call.grid,
      },
      { signal: watch.signal },
    );
    return { cancelled: false, image };
  } catch (error) {
    if (watch.signal.aborted) return { cancelled: true };
    throw await applyProviderWait(generation.id, generation.provider, error);
  } finally {
    watch.stop();
  }
}
