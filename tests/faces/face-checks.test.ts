import { describe, expect, it } from "vitest";
import { analyzeFace } from "@/lib/faces/analyze-face";
import { DEFAULT_IDENTITY_THRESHOLD } from "@/lib/faces/face-thresholds";
import { identityScore } from "@/lib/faces/identity-score";
import { qualityReport } from "@/lib/faces/quality-report";
import { blurred, faceFixture, noFace, samePersonVariant, smallInFrame } from "./face-fixtures";

async function descriptorOf(image: Buffer): Promise<number[]> {
  const analysis = await analyzeFace(image);
  expect(analysis.descriptor).toHaveLength(1024);
  return analysis.descriptor!;
}

describe("face analysis on real photographs", () => {
  it("a sharp single portrait is good", async () => {
    const analysis = await analyzeFace(faceFixture("woman-d"));
    expect(analysis.faces).toBe(1);
    expect(analysis.faceShare).toBeGreaterThan(0.5);
    expect(analysis.sharpness).toBeGreaterThan(100);
    expect(qualityReport(analysis)).toMatchObject({ verdict: "good", messages: [] });
  });

  it("the same person scores above the threshold and different people below it", async () => {
    const seed = await descriptorOf(faceFixture("man-a"));
    const same = await identityScore(seed, await descriptorOf(await samePersonVariant(faceFixture("man-a"))));
    const seedB = await descriptorOf(faceFixture("woman-b"));
    const sameB = await identityScore(seedB, await descriptorOf(await samePersonVariant(faceFixture("woman-b"))));
    const differentScores = await Promise.all(
      (["woman-c", "woman-d", "woman-e-grey"] as const).map(async (name) => {
        const other = await descriptorOf(faceFixture(name));
        return [await identityScore(seed, other), await identityScore(seedB, other)];
      }),
    );
    expect(same).toBeGreaterThanOrEqual(DEFAULT_IDENTITY_THRESHOLD);
    expect(sameB).toBeGreaterThanOrEqual(DEFAULT_IDENTITY_THRESHOLD);
    for (const score of differentScores.flat()) expect(score).toBeLessThan(DEFAULT_IDENTITY_THRESHOLD);
  });

  it("a blurred portrait is poor and says it is blurry", async () => {
    const report = qualityReport(await analyzeFace(await blurred(faceFixture("man-a"))));
    expect(report.verdict).toBe("poor");
    expect(report.messages).toContain("The image is blurry");
  });

  it("two people in one picture ask for a crop", async () => {
    const report = qualityReport(await analyzeFace(faceFixture("two-women")));
    expect(report.faces).toBe(2);
    expect(report.verdict).not.toBe("good");
    expect(report.messages).toContain("Two faces found: crop to one person");
  });

  it("a small face in a large picture asks for a closer portrait", async () => {
    const report = qualityReport(await analyzeFace(await smallInFrame(faceFixture("woman-e-grey"))));
    expect(report.faces).toBe(1);
    expect(report.verdict).toBe("warning");
    expect(report.messages).toContain("The face is small: use a closer portrait");
  });

  it("a picture without a face is poor, with no descriptor", async () => {
    const analysis = await analyzeFace(await noFace());
    expect(analysis).toMatchObject({ faces: 0, descriptor: null });
    expect(qualityReport(analysis)).toMatchObject({ verdict: "poor", messages: ["No face found"] });
  });
});
