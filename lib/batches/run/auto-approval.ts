import { AUTO_APPROVE_VALUES, type AutoApprove } from "@/lib/projects/project-schemas";
import type { StoredQuality } from "@/lib/faces/face-check-types";

/** A stored Batch.autoApprove as the union; rows written before the setting read as the default. */
export function readAutoApprove(value: unknown): AutoApprove {
  return (AUTO_APPROVE_VALUES as readonly unknown[]).includes(value) ? (value as AutoApprove) : "if-quality-good";
}

/** Plain words for each rule, for the batch form and the batch page. */
export const AUTO_APPROVE_LABELS: Record<AutoApprove, string> = {
  always: "Always: approve every base and make its variations",
  "if-quality-good": "If the quality check is good (the offline provider's illustrations are not measured and pass)",
  never: "Never: every base waits in the review queue",
};

export type AutoApprovalDecision = { approve: true } | { approve: false; reason: string };

/**
 * Whether a batch persona's base is approved without a person, from the batch's rule and the base's
 * stored quality report. "if-quality-good" passes a `good` verdict, and `not-measured` too: the offline
 * provider draws illustrations no face check can measure, and a default batch with it must still run to
 * its end (the UI says the check did not apply). A warning, a poor verdict or a missing report (the
 * analysis failed) waits for a person.
 */
export function decideAutoApproval(rule: AutoApprove, quality: StoredQuality | null): AutoApprovalDecision {
  if (rule === "always") return { approve: true };
  if (rule === "never") return { approve: false, reason: "This batch approves no base without a person" };
  const verdict = quality?.verdict;
  if (verdict === "good" || verdict === "not-measured") return { approve: true };
  if (!quality) return { approve: false, reason: "The base image's quality could not be measured" };
  const why = quality.messages.length ? `: ${quality.messages.join("; ")}` : "";
  return { approve: false, reason: `The base image's quality check is "${verdict}"${why}` };
}
