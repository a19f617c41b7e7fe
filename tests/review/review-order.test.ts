import { describe, expect, it } from "vitest";
import { compareReviewItems, type ReviewSortKey } from "@/lib/review/review-order";
import { baseReviewReasons, imageReviewReasons } from "@/lib/review/review-reasons";

const image = (id: string, score: number | null, avatarName = "Ada"): ReviewSortKey => ({ id, kind: "image", score, verdict: null, avatarName });
const base = (id: string, verdict: string | null, avatarName: string): ReviewSortKey => ({ id, kind: "base", score: null, verdict, avatarName });

describe("the review queue's order", () => {
  it("puts images first, lowest score first with no score before any; then bases poor < warning < good < unchecked or not measured, then by name", () => {
    const keys = [
      base("b1", "good", "Abe"),
      image("i1", 0.6),
      base("b2", null, "Ann"),
      base("b3", "poor", "Zed"),
      image("i2", null),
      base("b4", "warning", "Yan"),
      image("i3", 0.2),
      base("b5", "poor", "Bea"),
      base("b6", "not-measured", "Al"),
    ];
    expect(keys.sort(compareReviewItems).map((key) => key.id)).toEqual(["i2", "i3", "i1", "b5", "b3", "b4", "b1", "b6", "b2"]);
  });

  it("breaks ties by name, then id, so a cursor into the order is stable", () => {
    const keys = [image("b", 0.5, "Bo"), image("a", 0.5, "Bo"), image("c", 0.5, "Al")];
    expect(keys.sort(compareReviewItems).map((key) => key.id)).toEqual(["c", "a", "b"]);
  });
});

describe("why an item is in the queue", () => {
  it("says how far a drifted image is from the seed, against the project's threshold", () => {
    expect(imageReviewReasons({ score: 0.512, status: "drifted", attempts: 3 }, 0.7)).toEqual([
      "Still drifted from the seed after 3 attempts: similarity 0.51, below this project's 0.70",
    ]);
    expect(imageReviewReasons({ score: null, status: "no-face", attempts: 1 }, 0.7)).toEqual(["No face found: the persona may not be in this image"]);
    expect(imageReviewReasons(null, 0.7)).toEqual(["Marked for review"]);
  });

  it("says a base waits for approval (or for its batch), with its quality verdict and messages", () => {
    expect(baseReviewReasons({ verdict: "poor", messages: ["The image is blurry"] } as never, false)).toEqual([
      "Waiting for approval: variations and training images are made only from an approved base",
      "Quality: poor",
      "The image is blurry",
    ]);
    expect(baseReviewReasons(null, true)[0]).toMatch(/^Its batch did not approve this base automatically/);
  });
});
