import { describe, expect, it } from "vitest";
import { seedGenerateSchema } from "@/lib/avatars/seed-image-schemas";

const messageOf = (input: unknown) => {
  const parsed = seedGenerateSchema.safeParse(input);
  return parsed.success ? null : parsed.error.issues[0].message;
};

describe("seed-image generate input", () => {
  it("refine takes an instruction and a strength from 0 to 1 (numbers or form strings)", () => {
    expect(seedGenerateSchema.parse({ mode: "refine", instruction: " make the smile more confident ", strength: 0.3 })).toMatchObject({
      mode: "refine",
      instruction: "make the smile more confident",
      strength: 0.3,
    });
    expect(seedGenerateSchema.parse({ referenceImageId: "img1", strength: "1" }).strength).toBe(1);
    expect(seedGenerateSchema.parse({ mode: "refine", strength: 0 }).strength).toBe(0);
  });

  it("a strength outside 0–1 or not a number is refused with a message", () => {
    for (const strength of [1.5, -0.1, "2"]) expect(messageOf({ mode: "refine", strength })).toBe("Strength must be between 0 and 1");
    for (const strength of ["strong", "", null, true]) expect(messageOf({ mode: "refine", strength })).toBe("Strength must be a number from 0 to 1");
  });

  it("instruction and strength belong to refine; candidates cannot take a reference", () => {
    expect(messageOf({ instruction: "smile" })).toMatch(/use mode "refine"/);
    expect(messageOf({ candidates: 2, strength: 0.5 })).toMatch(/use mode "refine"/);
    expect(messageOf({ mode: "candidates", referenceImageId: "img1" })).toMatch(/use mode "refine"/);
    expect(messageOf({ mode: "sideways" })).toBe('mode must be "candidates" or "refine"');
    expect(messageOf({ mode: "refine", instruction: "x".repeat(501) })).toBe("Instruction must be at most 500 characters");
    expect(messageOf({ mode: "refine", tone: "warm" })).not.toBeNull();
  });
});
