import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resetConfig } from "@/lib/config/env";
import { classifyImage } from "@/lib/safety/classify-image";
import { SAFETY_CLASSES } from "@/lib/safety/safety-engine";
import { judgeSafety } from "@/lib/safety/safety-rule";
import { createLocalProvider } from "@/lib/providers/image/local";

const fixtures = path.resolve(import.meta.dirname, "../fixtures/faces");
const PHOTOS = readdirSync(fixtures).filter((name) => name.endsWith(".jpg"));
const photo = (name: string) => readFileSync(path.join(fixtures, name));

afterEach(() => {
  delete process.env.SAFETY_FLAG_THRESHOLD;
  resetConfig();
});

describe("content safety classifier (nsfwjs, real model)", () => {
  it("real portrait photographs are not flagged at the default threshold", async () => {
    expect(PHOTOS.length).toBeGreaterThanOrEqual(7);
    for (const name of PHOTOS) {
      const verdict = await classifyImage(photo(name));
      expect(verdict, name).toMatchObject({ flagged: false, label: "Neutral" });
      expect(Object.keys(verdict.scores).sort()).toEqual([...SAFETY_CLASSES].sort());
      const total = Object.values(verdict.scores).reduce((sum, value) => sum + value, 0);
      expect(total).toBeGreaterThan(0.99);
      expect(total).toBeLessThan(1.01);
    }
  });

  it("the local provider's illustrated avatar is a drawing or neutral, not flagged", async () => {
    const { data } = await createLocalProvider().generate({ prompt: "", width: 512, height: 512, seed: 7, identitySeed: "safety" });
    const verdict = await classifyImage(data);
    expect(verdict.flagged).toBe(false);
    expect(["Drawing", "Neutral"]).toContain(verdict.label);
  });

  it("a configured low threshold flags a benign photo with the explicit class that weighed most", async () => {
    process.env.SAFETY_FLAG_THRESHOLD = "0.01";
    resetConfig();
    const verdict = await classifyImage(photo("two-women.jpg"));
    expect(verdict.flagged).toBe(true);
    expect(["Porn", "Hentai"]).toContain(verdict.label);
  });
});

describe("the flag rule", () => {
  const scores = { Drawing: 0.05, Hentai: 0.3, Neutral: 0.2, Porn: 0.35, Sexy: 0.1 };

  it("adds the explicit classes together against the threshold", () => {
    expect(judgeSafety(scores, 0.64)).toMatchObject({ flagged: true, label: "Porn" });
    expect(judgeSafety(scores, 0.66)).toMatchObject({ flagged: false, label: "Porn" });
  });

  it("a suggestive image is not explicit", () => {
    expect(judgeSafety({ Drawing: 0, Hentai: 0.05, Neutral: 0.1, Porn: 0.05, Sexy: 0.8 }, 0.6)).toMatchObject({ flagged: false, label: "Sexy" });
  });

  it("the threshold is a setting, checked at start-up", async () => {
    const { parseConfig } = await import("@/lib/config/env");
    expect(parseConfig({}).SAFETY_FLAG_THRESHOLD).toBe(0.6);
    expect(parseConfig({ SAFETY_FLAG_THRESHOLD: "0.8" }).SAFETY_FLAG_THRESHOLD).toBe(0.8);
    expect(() => parseConfig({ SAFETY_FLAG_THRESHOLD: "2" })).toThrow(/SAFETY_FLAG_THRESHOLD/);
  });
});
