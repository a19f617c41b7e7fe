import type { StoredIdentity, StoredQuality } from "@/lib/faces/face-check-types";

/** Why an image made from the seed is in the queue, in words a person acts on. */
export function imageReviewReasons(identity: StoredIdentity | null, threshold: number): string[] {
  const tries = identity && identity.attempts > 1 ? ` after ${identity.attempts} attempts` : "";
  switch (identity?.status) {
    case "drifted":
      return [
        `Still drifted from the seed${tries}: similarity ${identity.score?.toFixed(2) ?? "?"}, below this project's ${threshold.toFixed(2)}`,
      ];
    case "no-face":
      return [`No face found${tries}: the persona may not be in this image`];
    case "not-measured":
      return ["Marked for review; identity is not measured for the offline provider's illustrations"];
    default:
      return ["Marked for review"];
  }
}

/** Why a base image is in the queue: it waits for approval, and what its quality check said. */
export function baseReviewReasons(quality: StoredQuality | null, heldByBatch: boolean): string[] {
  const reasons = [
    heldByBatch
      ? "Its batch did not approve this base automatically: keep it to make the persona's variations"
      : "Waiting for approval: variations and training images are made only from an approved base",
  ];
  if (!quality) return [...reasons, "Quality not checked yet"];
  if (quality.verdict === "poor" || quality.verdict === "warning") reasons.push(`Quality: ${quality.verdict}`);
  return [...reasons, ...quality.messages];
}
