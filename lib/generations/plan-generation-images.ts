import { MAX_SEED } from "@/lib/avatars/avatar-schemas";
import { buildGridPrompt, buildTrainingPrompt, buildVariationPrompt } from "@/lib/avatars/build-prompt";
import type { ImageKind } from "@/lib/db/generated/enums";
import { generationInputSchema, type GenerationInput } from "./generation-input";

export interface PlannedImage {
  index: number;
  /** Deterministic, so a retried step writes the same key and row instead of a second one. */
  imageId: string;
  kind: ImageKind;
  source: "generate" | "refine" | "variation" | "training";
  prompt: string;
  negativePrompt: string | null;
  seed: number;
  variationIndex?: number;
  trainingItemId?: string;
  /** Grid variations: the one grid image all four are cut from (quarter `variationIndex`). */
  gridImageId?: string;
}

interface GenerationForPlan {
  id: string;
  type: "avatar" | "seed" | "variations" | "training";
  prompt: string | null;
  negativePrompt: string | null;
  seed: number | null;
  input: unknown;
}

export function plannedImageId(generationId: string, index: number) {
  return `${generationId}i${index}`;
}

/** plannedImageId read backwards: its generation and index; null for other ids (uploads, re-makes). */
function parsePlannedImageId(imageId: string) {
  const match = /^(.+)i(\d+)$/.exec(imageId);
  return match ? { generationId: match[1], index: Number(match[2]) } : null;
}

/** The generation a planned image id belongs to; null for other ids (uploads). */
export function plannedImageGenerationId(imageId: string): string | null {
  return parsePlannedImageId(imageId)?.generationId ?? null;
}

/** Which image of generation `generationId` a planned image id names; null for any other id. */
export function plannedImageIndex(generationId: string, imageId: string): number | null {
  const parsed = parsePlannedImageId(imageId);
  return parsed?.generationId === generationId ? parsed.index : null;
}

export function gridImageId(generationId: string) {
  return `${generationId}grid`;
}

/** The pose (VARIATION_INSTRUCTIONS index) variation `index` of a generation takes: its own when the input names one. */
export function variationPose(input: Pick<GenerationInput, "poses">, index: number) {
  return input.poses?.[index] ?? index;
}

/** The images a generation makes, derived only from its row (and its training items, in order). */
export function planGenerationImages(generation: GenerationForPlan, trainingPrompts: { id: string; prompt: string }[] = []): PlannedImage[] {
  const input = generationInputSchema.parse(generation.input ?? {});
  const basePrompt = generation.prompt ?? "";
  const seed = generation.seed ?? 0;
  const common = (index: number) => ({ index, imageId: plannedImageId(generation.id, index), negativePrompt: generation.negativePrompt });
  switch (generation.type) {
    case "avatar":
    case "seed":
      return Array.from({ length: input.count }, (_, index) => ({
        ...common(index),
        kind: "base" as const,
        source: input.referenceImageId ? ("refine" as const) : ("generate" as const),
        prompt: basePrompt,
        seed: (seed + index) % MAX_SEED,
      }));
    case "variations":
      if (input.mode === "grid") {
        return Array.from({ length: input.count }, (_, index) => ({
          ...common(index),
          kind: "variation" as const,
          source: "variation" as const,
          prompt: buildGridPrompt(basePrompt),
          seed,
          variationIndex: index,
          gridImageId: gridImageId(generation.id),
        }));
      }
      return Array.from({ length: input.count }, (_, index) => {
        const pose = variationPose(input, index);
        return {
          ...common(index),
          kind: "variation" as const,
          source: "variation" as const,
          prompt: buildVariationPrompt(basePrompt, pose),
          seed: (seed + index) % MAX_SEED,
          variationIndex: pose,
        };
      });
    case "training":
      return trainingPrompts.map((item, index) => ({
        ...common(index),
        kind: "training" as const,
        source: "training" as const,
        prompt: buildTrainingPrompt(basePrompt, item.prompt),
        seed: (seed + index) % MAX_SEED,
        trainingItemId: item.id,
      }));
  }
}
