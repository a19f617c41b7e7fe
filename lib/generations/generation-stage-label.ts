import type { GenerationStage } from "@/lib/db/generated/enums";
import { providerNameInText } from "@/lib/providers/image/provider-names";

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

const CLOCK = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

export interface StageLabelInput {
  stage: string;
  currentIndex?: number | null;
  total?: number;
  /** Set while the run waits out the provider's Retry-After (a Date, or its JSON string). */
  waitingUntil?: Date | string | null;
  provider?: string;
}

/**
 * What a progress bar says about a generation's stage: "Making thumbnail 2/4" while it works on one
 * image of several, "Waiting for Hugging Face until 14:05" while the provider asked it to wait, the
 * plain stage otherwise. An unknown stage is shown as it is. `clock` formats the time (the viewer's locale).
 */
export function generationStageLabel(progress: StageLabelInput, now = Date.now(), clock: (date: Date) => string = (date) => CLOCK.format(date)): string {
  const waitingUntil = progress.waitingUntil ? new Date(progress.waitingUntil) : null;
  if (waitingUntil && waitingUntil.getTime() > now && progress.provider) {
    return `Waiting for ${providerNameInText(progress.provider)} until ${clock(waitingUntil)}`;
  }
  const label = STAGE_LABELS[progress.stage as GenerationStage] ?? progress.stage;
  const { currentIndex, total = 1 } = progress;
  return PER_IMAGE.includes(progress.stage) && total > 1 && typeof currentIndex === "number" ? `${label} ${currentIndex + 1}/${total}` : label;
}
