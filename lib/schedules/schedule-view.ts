import type { ScheduleAction } from "./schedule-schemas";

export const scheduleSelect = {
  id: true,
  projectId: true,
  cron: true,
  timezone: true,
  action: true,
  enabled: true,
  nextRunAt: true,
  lastRunAt: true,
  lastResult: true,
  createdAt: true,
} as const;

export interface ScheduleResult {
  accepted?: number;
  skipped?: number;
  error?: string;
}

/** A schedule as REST and the Schedules tab show it. */
export function toScheduleView(row: {
  id: string;
  projectId: string;
  cron: string;
  timezone: string;
  action: string;
  enabled: boolean;
  nextRunAt: Date | null;
  lastRunAt: Date | null;
  lastResult: unknown;
  createdAt: Date;
}) {
  return { ...row, action: row.action as ScheduleAction, lastResult: (row.lastResult ?? null) as ScheduleResult | null };
}

export type ScheduleView = ReturnType<typeof toScheduleView>;
