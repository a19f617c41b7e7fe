import { AUTO_APPROVE_VALUES, type AutoApprove } from "@/lib/projects/project-schemas";
import type { StoredQuality } from "@/lib/faces/face-check-types";

/** A stored Batch.autoApprove as the union; rows written before the setting read as the default. */
export function readAutoApprove(value: unknown): AutoApprove {
  return (AUTO_APPROVE_VALUES as readonly unknown[]).includes(value) ? (value as AutoApprove) : "if-quality-good";
}

/** Each rule's name, short enough for a select on a phone (the batch form, project settings, the batch page). */
export const AUTO_APPROVE_LABELS: Record<AutoApprove, string> = {
  always: "Always",
  "if-quality-good": "If the quality check is good",
  never: "Never",
};

/** What each rule does, in plain words (beside the select, and as the batch page's tooltip). */
export const AUTO_APPROVE_MEANINGS: Record<AutoApprove, string> = {
  always: "every base image is approved as soon as it is made, and its variations follow",
  "if-quality-good": "a base with a warning or a poor quality report waits for review (the offline provider's illustrations cannot be measured, so they pass)",
  never: "every base image waits in the review queue for a person to approve it",
};

/** The select's options: each rule by its short name. */
export const AUTO_APPROVE_OPTIONS = AUTO_APPROVE_VALUES.map((value) => ({ value, label: AUTO_APPROVE_LABELS[value] }));

/** The hint beside the select: what every rule does, one sentence each. */
export const AUTO_APPROVE_HINT = AUTO_APPROVE_VALUES.map((value) => `${AUTO_APPROVE_LABELS[value]}: ${AUTO_APPROVE_MEANINGS[value]}.`).join(" ");

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
