import type { ScheduleAction } from "@/lib/schedules/schedule-schemas";

export const SCHEDULE_ACTION_LABELS: Record<ScheduleAction, string> = {
  "generate-base": "Generate base images for personas without one",
  "training-set": "Fill missing training images (approved personas)",
};
