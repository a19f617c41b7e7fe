import { describe, expect, it } from "vitest";
import { buildVariationPrompt } from "@/lib/avatars/build-prompt";
import { plannedImageId, plannedImageIndex, planGenerationImages } from "@/lib/generations/plan-generation-images";

const variations = (input: Record<string, unknown>) => ({ id: "gen3", type: "variations" as const, prompt: "a man", negativePrompt: null, seed: 5, input });

describe("variation poses", () => {
  it("image i of a set takes pose i; a generation that names poses gives each image its own", () => {
    expect(planGenerationImages(variations({ count: 4 })).map((image) => image.variationIndex)).toEqual([0, 1, 2, 3]);
    const [replacement] = planGenerationImages(variations({ count: 1, poses: [2] }));
    expect(replacement).toMatchObject({ index: 0, imageId: plannedImageId("gen3", 0), variationIndex: 2, prompt: buildVariationPrompt("a man", 2) });
  });

  it("a pose outside the four is refused when the job reads the row", () => {
    expect(() => planGenerationImages(variations({ count: 1, poses: [4] }))).toThrow();
    expect(() => planGenerationImages(variations({ count: 1, poses: [-1] }))).toThrow();
  });

  it("reads an image's place in its generation back from its id, and nothing from another id", () => {
    expect(plannedImageIndex("gen3", plannedImageId("gen3", 3))).toBe(3);
    expect(plannedImageIndex("gen3", "gen3i")).toBeNull();
    expect(plannedImageIndex("gen3", "gen3i1r2")).toBeNull();
    expect(plannedImageIndex("gen3", "gen30i1")).toBeNull();
    expect(plannedImageIndex("gen3", "upload-1")).toBeNull();
  });
});
