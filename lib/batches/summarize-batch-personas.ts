import { VARIATION_COUNT } from "@/lib/avatars/create-variations-generation";
import { readErrorStage, type BatchErrorStage } from "./run/persona-stages";

/** A base image and its variations. */
export const IMAGES_PER_PERSONA = 1 + VARIATION_COUNT;

/** One line of a batch's error log: which persona (none for the data step), at which stage, why, when. */
export interface BatchErrorEntry {
  avatarId: string | null;
  name: string | null;
  stage: BatchErrorStage;
  message: string;
  at: string;
}

export interface PersonaProgress {
  avatarId: string;
  name: string;
  index: number;
  status: "pending" | "running" | "needs_review" | "succeeded" | "failed" | "cancelled";
  stage: string | null;
  errorMessage: string | null;
  finishedAt: Date | string | null;
}

/**
 * The batch counters and error log, derived from its persona rows. Derived rather than incremented,
 * so two personas finishing at once, or a step that runs twice, can never make them drift.
 */
export function summarizeBatchPersonas(personas: readonly PersonaProgress[]) {
  const failed = [...personas].filter((p) => p.status === "failed").sort((a, b) => a.index - b.index);
  const errorLog: BatchErrorEntry[] = failed.map((p) => ({
    avatarId: p.avatarId,
    name: p.name,
    stage: readErrorStage(p.stage),
    message: p.errorMessage ?? "Failed for an unknown reason",
    at: new Date(p.finishedAt ?? 0).toISOString(),
  }));
  return {
    personasDone: personas.filter((p) => p.status === "succeeded").length,
    personasFailed: failed.length,
    /** Finished without variations: the base waits in the project's review queue. */
    personasInReview: personas.filter((p) => p.status === "needs_review").length,
    personasUnfinished: personas.filter((p) => p.status === "pending" || p.status === "running").length,
    errorLog,
  };
}

/**
 * How a batch ends once every persona has finished: `completed`, even when some failed (their errors
 * are in the log and "retry failed" re-runs them) or wait in review, and `failed` only when none
 * succeeded and none waits in review.
 */
export function finalBatchOutcome(summary: { personasDone: number; personasFailed: number; personasInReview?: number }, count: number) {
  if (summary.personasDone === 0 && (summary.personasInReview ?? 0) === 0 && summary.personasFailed > 0) {
    return { status: "failed" as const, errorMessage: `All ${count} personas failed. See the error log, then retry the failed personas.` };
  }
  return { status: "completed" as const, errorMessage: null };
}

/** Reads Batch.errorLog (JSON) defensively: rows written by older code or by hand never break a page. */
export function readErrorLog(value: unknown): BatchErrorEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (!entry || typeof entry !== "object") return [];
    const e = entry as Record<string, unknown>;
    return [
      {
        avatarId: typeof e.avatarId === "string" ? e.avatarId : null,
        name: typeof e.name === "string" ? e.name : null,
        stage: readErrorStage(e.stage),
        message: typeof e.message === "string" ? e.message : "Failed for an unknown reason",
        at: typeof e.at === "string" ? e.at : new Date(0).toISOString(),
      },
    ];
  });
}
