import type { BatchStatus } from "@/lib/db/generated/enums";
import { batchStatusName, storedBatchStatus, type BatchStatusName } from "./batch-status-name";
import { batchWorkCost } from "./batch-cost";
import { readErrorLog } from "./summarize-batch-personas";
import { readAutoApprove } from "./run/auto-approval";

/** Statuses in which the batch job still has work to do; pages refresh themselves while one shows. */
export const RUNNING_BATCH_STATUSES: readonly BatchStatus[] = ["pending", "generating_data", "data_generated", "generating_images"];

/** Takes a stored status or its shown name. */
export function isBatchRunning(status: BatchStatus | BatchStatusName) {
  return RUNNING_BATCH_STATUSES.includes(storedBatchStatus(status));
}

export const batchSelect = {
  id: true,
  projectId: true,
  userId: true,
  count: true,
  brief: true,
  constraints: true,
  images: true,
  provider: true,
  variationsMode: true,
  autoApprove: true,
  seed: true,
  status: true,
  personasDone: true,
  personasFailed: true,
  imagesDone: true,
  imagesTotal: true,
  unitPriceUsd: true,
  costDoneUsd: true,
  errorLog: true,
  errorMessage: true,
  startedAt: true,
  completedAt: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { personas: { where: { status: "needs_review" } } } },
} as const;

export interface BatchRow {
  id: string;
  projectId: string;
  userId: string;
  count: number;
  brief: string | null;
  constraints: unknown;
  images: boolean;
  provider: string;
  variationsMode: string;
  autoApprove: string;
  seed: number;
  status: BatchStatus;
  personasDone: number;
  personasFailed: number;
  imagesDone: number;
  imagesTotal: number;
  unitPriceUsd: number;
  costDoneUsd: number;
  errorLog: unknown;
  errorMessage: string | null;
  startedAt: Date | null;
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Personas whose base waits in the review queue (BatchPersona status needs_review). */
  _count: { personas: number };
}

/**
 * A batch as lists, pages and REST show it. `total` is the number of personas asked for; `durationMs`
 * runs from the start of the latest run to its end (or to `now` while it runs).
 */
export function toBatchView(row: BatchRow, now: Date = new Date()) {
  const { userId: _owner, count, errorLog, _count, autoApprove, costDoneUsd: _costDone, ...rest } = row;
  const end = row.completedAt ?? (isBatchRunning(row.status) ? now : null);
  return {
    ...rest,
    status: batchStatusName(row.status),
    autoApprove: readAutoApprove(autoApprove),
    personasInReview: _count.personas,
    constraints: (row.constraints ?? null) as Record<string, unknown> | null,
    total: count,
    count,
    errorLog: readErrorLog(errorLog),
    durationMs: row.startedAt && end ? Math.max(0, end.getTime() - row.startedAt.getTime()) : null,
    running: isBatchRunning(row.status),
    ...batchWorkCost(row),
  };
}

export type BatchView = ReturnType<typeof toBatchView>;

