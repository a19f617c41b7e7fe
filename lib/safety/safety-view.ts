import type { SafetyClass } from "./safety-engine";

/** What pages and REST show of Image.safety: whether it is flagged and its label (scores stay stored). */
export interface SafetyView {
  flagged: boolean;
  /** The classifier's top class; null until the image is checked. */
  label: SafetyClass | null;
}

/** Image.safety as stored → { flagged, label }; an image not (yet) checked reads { flagged: false, label: null }. */
export function toSafetyView(stored: unknown): SafetyView {
  const unchecked = { flagged: false, label: null };
  if (!stored || typeof stored !== "object") return unchecked;
  const { flagged, label } = stored as { flagged?: unknown; label?: unknown };
  if (typeof flagged !== "boolean" || typeof label !== "string") return unchecked;
  return { flagged, label: label as SafetyClass };
}

/** Whether a stored Image.safety marks the image explicit. */
export function isFlaggedSafety(stored: unknown): boolean {
  return toSafetyView(stored).flagged;
}
