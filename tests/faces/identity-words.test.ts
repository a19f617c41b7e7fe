import { describe, expect, it } from "vitest";
import { identityLabel, identityTitle, triesLabel } from "@/components/faces/identity-words";

describe("identity badge words", () => {
  it("says the status with its score, or plainly that nothing was measured", () => {
    expect(identityLabel({ status: "consistent", score: 0.861 })).toBe("consistent 0.86");
    expect(identityLabel({ status: "drifted", score: 0.52 })).toBe("drifted 0.52");
    expect(identityLabel({ status: "no-face", score: null })).toBe("no face");
    expect(identityLabel({ status: "not-measured", score: null })).toBe("not measured");
    expect(identityTitle({ status: "not-measured" })).toMatch(/offline provider/);
  });

  it("counts the tries of a re-made image only", () => {
    expect(triesLabel({ status: "consistent", score: 0.9, attempts: 1 })).toBeNull();
    expect(triesLabel({ status: "consistent", score: 0.9, attempts: 2 })).toBe("2 tries");
  });
});
