import type { BatchStatus, GenerationStatus, GenerationType } from "@/lib/db/generated/enums";
import type { JobKind, JobStatus } from "./job-schemas";

/** One line of the jobs page and of GET /api/v1/jobs: a generation, a training set or a batch. */
export interface JobView {
  /** The generation's or the batch's own id. */
  id: string;
  kind: JobKind;
  status: JobStatus;
  projectId: string;
  projectName: string;
  avatarId: string | null;
  avatarName: string | null;
  batchId: string | null;
  provider: string;
  /** Images made of those asked for (generation, training), personas succeeded of those asked for (batch). */
  progress: { done: number; total: number };
  /** Estimated at enqueue for everything asked for, and for the images made so far. */
  estimatedCostUsd: number;
  costUsd: number;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  errorMessage: string | null;
  /** A generation waiting out its provider's Retry-After: until when (null otherwise, and for batches). */
  waitingUntil: Date | null;
}

const GENERATION_STATUS: Record<GenerationStatus, JobStatus> = {
  pending: "queued",
  processing: "running",
  completed: "completed",
  failed: "failed",
  cancelled: "cancelled",
};

const BATCH_STATUS: Record<BatchStatus, JobStatus> = {
  pending: "queued",
  generating_data: "running",
  data_generated: "running",
  generating_images: "running",
  completed: "completed",
  failed: "failed",
  cancelled: "cancelled",
};

export const jobStatusOfGeneration = (status: GenerationStatus) => GENERATION_STATUS[status];
export const jobStatusOfBatch = (status: BatchStatus) => BATCH_STATUS[status];

/** The stored statuses a job status stands for, to filter by. */
export function generationStatusesFor(status: JobStatus): GenerationStatus[] {
  return (Object.keys(GENERATION_STATUS) as GenerationStatus[]).filter((stored) => GENERATION_STATUS[stored] === status);
}

export function batchStatusesFor(status: JobStatus): BatchStatus[] {
  return (Object.keys(BATCH_STATUS) as BatchStatus[]).filter((stored) => BATCH_STATUS[stored] === status);
}

export const jobKindOfGeneration = (type: GenerationType): JobKind => (type === "training" ? "training" : "generation");

/** Whether a job can still be cancelled (and the page keeps refreshing while one shows). */
export const isJobUnfinished = (status: JobStatus) => status === "queued" || status === "running";
