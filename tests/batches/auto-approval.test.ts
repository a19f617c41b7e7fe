import { describe, expect, it } from "vitest";
import { decideAutoApproval, readAutoApprove } from "@/lib/batches/run/auto-approval";
import { notMeasuredQuality } from "@/lib/faces/face-check-types";
import type { QualityReport } from "@/lib/faces/quality-report";

const report = (verdict: QualityReport["verdict"], messages: string[] = []): QualityReport => ({
  verdict,
  messages,
  faces: 1,
  faceShare: 0.3,
  sharpness: 100,
  yaw: 0,
  pitch: 0,
  brightness: 0.5,
});

describe("batch auto-approval", () => {
  it("always approves, whatever the quality", () => {
    expect(decideAutoApproval("always", report("poor"))).toEqual({ approve: true });
    expect(decideAutoApproval("always", null)).toEqual({ approve: true });
  });

  it("never approves, even a good base", () => {
    expect(decideAutoApproval("never", report("good"))).toMatchObject({ approve: false });
  });

  it("if-quality-good passes good and the offline provider's not-measured, and holds the rest with why", () => {
    expect(decideAutoApproval("if-quality-good", report("good"))).toEqual({ approve: true });
    expect(decideAutoApproval("if-quality-good", notMeasuredQuality())).toEqual({ approve: true });
    expect(decideAutoApproval("if-quality-good", report("poor", ["The image is blurry"]))).toEqual({
      approve: false,
      reason: 'The base image\'s quality check is "poor": The image is blurry',
    });
    expect(decideAutoApproval("if-quality-good", report("warning", ["Two faces found: crop to one person"]))).toMatchObject({ approve: false });
    expect(decideAutoApproval("if-quality-good", null)).toMatchObject({ approve: false, reason: expect.stringMatching(/could not be measured/) });
  });

  it("reads an unknown stored rule as the default", () => {
    expect(readAutoApprove("never")).toBe("never");
    expect(readAutoApprove("sometimes")).toBe("if-quality-good");
    expect(readAutoApprove(null)).toBe("if-quality-good");
  });
});
