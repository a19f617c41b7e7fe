import type { FaceAnalysis } from "./analyze-face";
import { FACE_THRESHOLDS as T } from "./face-thresholds";

export type QualityVerdict = "good" | "warning" | "poor";

export interface QualityReport {
  verdict: QualityVerdict;
  messages: string[];
  faces: number;
  faceShare: number;
  sharpness: number | null;
  yaw: number | null;
  pitch: number | null;
  brightness: number | null;
}

/** Turns a face analysis into a verdict and plain messages; the limits are in face-thresholds.ts. */
export function qualityReport(analysis: FaceAnalysis): QualityReport {
  const poor: string[] = [];
  const warnings: string[] = [];
  if (analysis.faces === 0) {
    poor.push("No face found");
  } else {
    if (analysis.faces > 1) {
      warnings.push(`${analysis.faces === 2 ? "Two" : "Several"} faces found: crop to one person`);
    }
    if (analysis.sharpness !== null && analysis.sharpness < T.blurryBelow) poor.push("The image is blurry");
    if (analysis.faceShare < T.smallFaceBelow) warnings.push("The face is small: use a closer portrait");
    const turn = Math.max(Math.abs(analysis.yaw ?? 0), Math.abs(analysis.pitch ?? 0));
    if (turn > T.turnedAwayAbove) warnings.push("The head is turned away: use a frontal portrait");
    if (analysis.brightness !== null && analysis.brightness < T.tooDarkBelow) warnings.push("The face is too dark");
    if (analysis.brightness !== null && analysis.brightness > T.tooBrightAbove) warnings.push("The face is too bright");
  }
  const verdict: QualityVerdict = poor.length > 0 ? "poor" : warnings.length > 0 ? "warning" : "good";
  const { faces, faceShare, sharpness, yaw, pitch, brightness } = analysis;
  return { verdict, messages: [...poor, ...warnings], faces, faceShare, sharpness, yaw, pitch, brightness };
}
