import type { QualityReport } from "./quality-report";

/** Why an image carries no measurement: illustrated (offline provider) faces are not photographs. */
export const NOT_MEASURED_MESSAGE = "Not measured: face checks apply to photographs, not to the offline provider's illustrations";

export type StoredQuality = QualityReport | { verdict: "not-measured"; messages: string[] };

export type IdentityStatus = "consistent" | "drifted" | "no-face" | "not-measured";

/** One attempt at an image made from the seed: the first call, or a re-make of a drifted one. */
export interface IdentityTry {
  seed: number;
  score: number | null;
  status: IdentityStatus;
}

export interface StoredIdentity {
  /** Face similarity to the approved seed, 0–1; null when nothing was compared. */
  score: number | null;
  status: IdentityStatus;
  /** Provider calls made for this image: 1, plus one per re-make of a drifted result. */
  attempts: number;
  /** Every attempt in order (the kept one among them); present once a drifted image was re-made or stopped. */
  tries?: IdentityTry[];
  /** Why the re-makes stopped before the limit (the quota refused one, the generation was cancelled). */
  note?: string;
}

/** The offline provider draws illustrations; their faces are neither detected nor comparable. */
export function isIllustratedProvider(provider: string | null | undefined): boolean {
  return provider === "local";
}

export function notMeasuredQuality(): StoredQuality {
  return { verdict: "not-measured", messages: [NOT_MEASURED_MESSAGE] };
}

export function notMeasuredIdentity(): StoredIdentity {
  return { score: null, status: "not-measured", attempts: 1 };
}

/**
 * The face report an illustration's row is written with (a base's quality, any other image's identity),
 * the same that its face check would store: the offline generator's images skip that step.
 */
export function notMeasuredFaceReport(kind: string): { quality: StoredQuality } | { identity: StoredIdentity } {
  return kind === "base" ? { quality: notMeasuredQuality() } : { identity: notMeasuredIdentity() };
}

/** An image's bytes, or a way to read them that a check calls only when it measures something. */
export type ImageBytes = Buffer | (() => Promise<Buffer>);

export function readBytes(image: ImageBytes): Promise<Buffer> {
  return Buffer.isBuffer(image) ? Promise.resolve(image) : image();
}
