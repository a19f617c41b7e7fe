import type { SafetyClass } from "./safety-engine";

/** What pages and REST show of Image.safety: whether it is flagged and its label (scores stay stored). */
export interface SafetyView {
  flagged: boolean;
  label: SafetyClass;
}

/** Image.safety as stored (or null until checked) → { flagged, label } or null. */
export function toSafetyView(stored: unknown): SafetyView | null {
  if (!stored || typeof stored !== "object") return null;
  const { flagged, label } = stored as { flagged?: unknown; label?: unknown };
  if (typeof flagged !== "boolean" || typeof label !== "string") return null;
  return { flagged, label: label as SafetyClass };
}

/** Whether a stored Image.safety marks the image explicit. */
export function isFlaggedSafety(stored: unknown): boolean {
  return toSafetyView(stored)?.flagged === true;
}
