import { describe, expect, it } from "vitest";
import type { FaceAnalysis } from "@/lib/faces/analyze-face";
import { FACE_THRESHOLDS } from "@/lib/faces/face-thresholds";
import { qualityReport } from "@/lib/faces/quality-report";

const portrait: FaceAnalysis = { faces: 1, faceShare: 0.4, sharpness: 200, yaw: 0.05, pitch: -0.1, brightness: 0.5, descriptor: [0.1, 0.2] };

describe("quality report rules", () => {
  it("a frontal, sharp, well-lit single face is good and the report never carries the descriptor", () => {
    const report = qualityReport(portrait);
    expect(report).toEqual({ verdict: "good", messages: [], faces: 1, faceShare: 0.4, sharpness: 200, yaw: 0.05, pitch: -0.1, brightness: 0.5 });
  });

  it("a turned head, a dark face or several faces are warnings", () => {
    expect(qualityReport({ ...portrait, yaw: FACE_THRESHOLDS.turnedAwayAbove + 0.1 })).toMatchObject({
      verdict: "warning",
      messages: ["The head is turned away: use a frontal portrait"],
    });
    expect(qualityReport({ ...portrait, brightness: 0.05 }).messages).toEqual(["The face is too dark"]);
    expect(qualityReport({ ...portrait, brightness: 0.95 }).messages).toEqual(["The face is too bright"]);
    expect(qualityReport({ ...portrait, faces: 3 }).messages).toEqual(["Several faces found: crop to one person"]);
  });

  it("blur is poor and listed before the warnings", () => {
    const report = qualityReport({ ...portrait, faces: 2, sharpness: FACE_THRESHOLDS.blurryBelow - 1, faceShare: 0.01 });
    expect(report.verdict).toBe("poor");
    expect(report.messages).toEqual(["The image is blurry", "Two faces found: crop to one person", "The face is small: use a closer portrait"]);
  });
});
