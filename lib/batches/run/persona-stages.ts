import { z } from "zod";

/**
 * The stages of one batch persona, in the order it passes them. `BatchPersona.stage` holds where a
 * running persona is, where a failed one stopped, or "done".
 *
 *   data        the data step wrote it (write-batch-personas); a batch without images ends it here, succeeded
 *   base        its base image is being made (prepare-persona-base-generation; checked by settle-persona-base)
 *   approve     its draft is approved as its seed image, by the system (approve-persona-base) when the
 *               batch's autoApprove rule lets it; else it waits here, status needs_review, until a person
 *               approves it (hold-persona-for-review, continue-reviewed-persona)
 *   variations  its 4 variations are being made (prepare-persona-variations-generation; checked by
 *               settle-persona-variations in finish-batch-persona)
 *   done        it has its approved base and all its variations (record-persona-outcome)
 *   persona     its job died before a stage could record why (the batch job, or the persona job's onFailure)
 *
 * start-batch-persona, continue-after-base and finish-batch-persona are the persona job's three steps
 * through base → approve → variations → done; a stage that fails records itself with
 * recordPersonaFailure and ends that persona only.
 */
export const BATCH_PERSONA_STAGES = ["data", "base", "approve", "variations", "done", "persona"] as const;
export type BatchPersonaStage = (typeof BATCH_PERSONA_STAGES)[number];
export const batchPersonaStageSchema = z.enum(BATCH_PERSONA_STAGES);

/** Where a running persona is; each is entered with enterPersonaStage. */
export type RunningPersonaStage = Extract<BatchPersonaStage, "base" | "approve" | "variations">;

/** Where a persona can stop: one of its image stages, or its job as a whole. */
export type PersonaFailureStage = Extract<BatchPersonaStage, "base" | "approve" | "variations" | "persona">;

/** Where the batch itself can fail: its data step, or its job as a whole (after its retries). */
export type BatchFailureStage = "data" | "batch";

/** What a line of the batch's error log names: a persona's stage, the batch's, or "unknown" when a row does not say. */
export const BATCH_ERROR_STAGES = ["data", "base", "approve", "variations", "persona", "batch", "unknown"] as const satisfies readonly (
  | PersonaFailureStage
  | BatchFailureStage
  | "unknown"
)[];
export type BatchErrorStage = (typeof BATCH_ERROR_STAGES)[number];
export const batchErrorStageSchema = z.enum(BATCH_ERROR_STAGES);

/** A stored stage as the union; null when the row has none (or one no code writes). */
export function readPersonaStage(value: unknown): BatchPersonaStage | null {
  const parsed = batchPersonaStageSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A stored error-log stage as the union; "unknown" when it is missing or not one of ours. */
export function readErrorStage(value: unknown): BatchErrorStage {
  const parsed = batchErrorStageSchema.safeParse(value);
  return parsed.success ? parsed.data : "unknown";
}
