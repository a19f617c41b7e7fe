import { describe, expect, it } from "vitest";
import { generationStageLabel } from "@/lib/generations/generation-stage-label";

describe("generationStageLabel", () => {
  it("counts images only while one of several is being worked on", () => {
    expect(generationStageLabel({ stage: "generating", currentIndex: 1, total: 4 })).toBe("Generating 2/4");
    expect(generationStageLabel({ stage: "thumbnail", currentIndex: 3, total: 4 })).toBe("Making thumbnail 4/4");
    expect(generationStageLabel({ stage: "saving", currentIndex: 0, total: 1 })).toBe("Saving");
    expect(generationStageLabel({ stage: "generating", currentIndex: null, total: 4 })).toBe("Generating");
  });

  it("counts the images made while several are made side by side (no current image)", () => {
    expect(generationStageLabel({ stage: "generating", currentIndex: null, total: 4, done: 0 })).toBe("Generating");
    expect(generationStageLabel({ stage: "saving", currentIndex: null, total: 4, done: 1 })).toBe("Saving, 1 of 4 made");
    expect(generationStageLabel({ stage: "generating", currentIndex: null, total: 4, done: 3 })).toBe("Generating, 3 of 4 made");
    expect(generationStageLabel({ stage: "saving", currentIndex: 1, total: 4, done: 1 })).toBe("Saving 2/4");
    expect(generationStageLabel({ stage: "queued", currentIndex: null, total: 4, done: 2 })).toBe("Queued");
  });

  it("names stages that are not about one image plainly, and shows an unknown one as it is", () => {
    expect(generationStageLabel({ stage: "queued", currentIndex: 2, total: 4 })).toBe("Queued");
    expect(generationStageLabel({ stage: "done", total: 4 })).toBe("Done");
    expect(generationStageLabel({ stage: "warming up" })).toBe("warming up");
  });

  it("says which provider it waits for and until when, only while that time is ahead", () => {
    const now = Date.parse("2026-12-02T14:00:00Z");
    const clock = (date: Date) => date.toISOString().slice(11, 16);
    const waiting = { stage: "generating", currentIndex: 0, total: 1, provider: "huggingface", waitingUntil: "2026-12-02T14:05:00.000Z" };
    expect(generationStageLabel(waiting, now, clock)).toBe("Waiting for Hugging Face until 14:05");
    expect(generationStageLabel({ ...waiting, provider: "local", waitingUntil: new Date(now + 60_000) }, now, clock)).toBe("Waiting for the local generator until 14:01");
    expect(generationStageLabel(waiting, Date.parse("2026-12-02T14:06:00Z"), clock)).toBe("Generating");
    expect(generationStageLabel({ ...waiting, waitingUntil: null }, now, clock)).toBe("Generating");
    // By default in UTC, like every date the app shows.
    expect(generationStageLabel(waiting, now)).toBe("Waiting for Hugging Face until 14:05 UTC");
  });
});
