import { describe, expect, it } from "vitest";
import { generationStageLabel } from "@/lib/generations/generation-stage-label";

describe("generationStageLabel", () => {
  it("counts images only while one of several is being worked on", () => {
    expect(generationStageLabel({ stage: "generating", currentIndex: 1, total: 4 })).toBe("Generating 2/4");
    expect(generationStageLabel({ stage: "thumbnail", currentIndex: 3, total: 4 })).toBe("Making thumbnail 4/4");
    expect(generationStageLabel({ stage: "saving", currentIndex: 0, total: 1 })).toBe("Saving");
    expect(generationStageLabel({ stage: "generating", currentIndex: null, total: 4 })).toBe("Generating");
  });

  it("names stages that are not about one image plainly, and shows an unknown one as it is", () => {
    expect(generationStageLabel({ stage: "queued", currentIndex: 2, total: 4 })).toBe("Queued");
    expect(generationStageLabel({ stage: "done", total: 4 })).toBe("Done");
    expect(generationStageLabel({ stage: "warming up" })).toBe("warming up");
  });
});
