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

// In UTC, like every date the app shows (components/ui/format-date.ts), so server and client agree.
const CLOCK = new Intl.DateTimeFormat("en", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });
const utcClock = (date: Date) => `${CLOCK.format(date)} UTC`;

export interface StageLabelInput {
  stage: string;
  currentIndex?: number | null;
  total?: number;
  /** Images saved so far: counted when several are made side by side (no one image in progress). */
  done?: number;
  /** Set while the run waits out the provider's Retry-After (a Date, or its JSON string). */
  waitingUntil?: Date | string | null;
  provider?: string;
}

/** "Waiting for Hugging Face until 14:05 UTC" while that time is ahead, else null. */
export function providerWaitLabel(
  job: { waitingUntil?: Date | string | null; provider?: string },
  now = Date.now(),
  clock: (date: Date) => string = utcClock,
): string | null {
  const waitingUntil = job.waitingUntil ? new Date(job.waitingUntil) : null;
  if (!waitingUntil || waitingUntil.getTime() <= now || !job.provider) return null;
  return `Waiting for ${providerNameInText(job.provider)} until ${clock(waitingUntil)}`;
}

/**
 * What a progress bar says about a generation's stage: "Making thumbnail 2/4" while it works on one
 * image of several, "Generating, 1 of 4 made" while several are made side by side (no current image),
 * "Waiting for Hugging Face until 14:05 UTC" while the provider asked it to wait, the plain stage
 * otherwise. An unknown stage is shown as it is. `clock` formats the time.
 */
export function generationStageLabel(progress: StageLabelInput, now = Date.now(), clock: (date: Date) => string = utcClock): string {
  const waiting = providerWaitLabel(progress, now, clock);
  if (waiting) return waiting;
  const label = STAGE_LABELS[progress.stage as GenerationStage] ?? progress.stage;
  const { currentIndex, total = 1, done } = progress;
  if (!PER_IMAGE.includes(progress.stage) || total <= 1) return label;
  if (typeof currentIndex === "number") return `${label} ${currentIndex + 1}/${total}`;
  return typeof done === "number" && done > 0 ? `${label}, ${done} of ${total} made` : label;
}
