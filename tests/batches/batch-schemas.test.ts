import { describe, expect, it } from "vitest";
import { createBatchSchema } from "@/lib/batches/batch-schemas";

const messages = (value: unknown) => {
  const result = createBatchSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("createBatchSchema", () => {
  it("accepts a minimal batch and defaults images to true", () => {
    expect(createBatchSchema.parse({ count: 5 })).toEqual({ count: 5, images: true, variationsMode: "separate" });
  });

  it("accepts a full batch", () => {
    const batch = createBatchSchema.parse({
      count: 100,
      brief: "  European tech professionals aged 25–40  ",
      constraints: { genderMix: "balanced", ageMin: 25, ageMax: 40, locale: "de-DE" },
      images: false,
      provider: "local",
    });
    expect(batch.brief).toBe("European tech professionals aged 25–40");
    expect(batch.images).toBe(false);
  });

  it.each([0, 101, -1, 2.5])("rejects count %s with a clear message", (count) => {
    expect(messages({ count }).join()).toMatch(/count must be/);
  });

  it("explains the count range", () => {
    expect(messages({ count: 101 })).toEqual(["count must be between 1 and 100"]);
    expect(messages({})).toEqual(["count must be a number between 1 and 100"]);
  });

  it("limits the brief to 500 characters", () => {
    expect(messages({ count: 1, brief: "x".repeat(501) })).toEqual(["brief must be at most 500 characters"]);
    expect(createBatchSchema.parse({ count: 1, brief: "   " }).brief).toBeUndefined();
  });

  it("checks constraints", () => {
    expect(messages({ count: 1, constraints: { ageMin: 40, ageMax: 30 } })).toEqual(["ageMin must not be greater than ageMax"]);
    expect(messages({ count: 1, constraints: { ageMin: 12 } })).toEqual(["ageMin must be between 18 and 90"]);
    expect(messages({ count: 1, constraints: { locale: "xx-XX" } }).join()).toMatch(/locale must be one of: en-US/);
    expect(messages({ count: 1, constraints: { genderMix: "mostly" } }).join()).toMatch(/genderMix must be one of/);
    expect(messages({ count: 1, constraints: { height: 2 } }).length).toBe(1);
  });

  it("rejects unknown fields", () => {
    expect(messages({ count: 1, colour: "red" }).length).toBe(1);
  });
});
