import { describe, expect, it } from "vitest";
import { makesImagesAtOnce } from "@/lib/generations/images-at-once";

describe("makesImagesAtOnce", () => {
  it("makes a remote provider's images side by side, the offline generator's and a grid's in order", () => {
    expect(makesImagesAtOnce({ provider: "huggingface" }, { mode: "separate" })).toBe(true);
    expect(makesImagesAtOnce({ provider: "openai" }, {})).toBe(true);
    expect(makesImagesAtOnce({ provider: "local" }, { mode: "separate" })).toBe(false);
    // A grid's first call makes all four images; the others only cut their quarter.
    expect(makesImagesAtOnce({ provider: "huggingface" }, { mode: "grid" })).toBe(false);
  });
});
