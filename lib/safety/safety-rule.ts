import { getConfig } from "@/lib/config/env";
import type { SafetyClass, SafetyScores } from "./safety-engine";

/** The classes that make an image explicit; "Sexy" (suggestive) and "Drawing" do not. */
export const EXPLICIT_CLASSES = ["Porn", "Hentai"] as const satisfies readonly SafetyClass[];

export interface SafetyVerdict {
  flagged: boolean;
  /** The explicit class that weighed most when flagged, else the most likely class. */
  label: SafetyClass;
  scores: SafetyScores;
}

/** The one flag rule: the explicit classes' probabilities together reach SAFETY_FLAG_THRESHOLD. */
export function judgeSafety(scores: SafetyScores, threshold = getConfig().SAFETY_FLAG_THRESHOLD): SafetyVerdict {
  const explicit = EXPLICIT_CLASSES.reduce((sum, name) => sum + scores[name], 0);
  const flagged = explicit >= threshold;
  const candidates = (flagged ? [...EXPLICIT_CLASSES] : (Object.keys(scores) as SafetyClass[]));
  const label = candidates.reduce((best, name) => (scores[name] > scores[best] ? name : best), candidates[0]);
  return { flagged, label, scores };
}
