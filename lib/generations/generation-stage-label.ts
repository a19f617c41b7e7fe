import type { GenerationStage } from "@/lib/db/generated/enums";

const STAGE_LABELS: Record<GenerationStage, string> = {
  queued: "Queued",
  generating: "Generating",
  thumbnail: "Making thumbnail",
  saving: "Saving",
  done: "Done",
  failed: "Failed",
  cancelled: "Cancelled",
};

const PER_IMAGE: readonly string[] = ["generating", "thumbnail", "saving"];

/**
 * What a progress bar says about a generation's stage: "Making thumbnail 2/4" while it works on one
 * image of several, the plain stage otherwise. An unknown stage is shown as it is.
 */
export function generationStageLabel(progress: { stage: string; currentIndex?: number | null; total?: number }): string {
  const label = STAGE_LABELS[progress.stage as GenerationStage] ?? progress.stage;
  const { currentIndex, total = 1 } = progress;
  return PER_IMAGE.includes(progress.stage) && total > 1 && typeof currentIndex === "number" ? `${label} ${currentIndex + 1}/${total}` : label;
}
