import { describe, expect, it } from "vitest";
import {
  DEFAULT_IMAGE_SIZE,
  IMAGE_SIZES,
  imageSizeIdSchema,
  imageSizeSchema,
  personaSchema,
  VISUAL_ATTRIBUTE_OPTIONS,
  visualAttributesSchema,
} from "@/lib/avatars/persona-schemas";

describe("personaSchema", () => {
  it("accepts a full persona and an empty one", () => {
    expect(personaSchema.parse({ name: " Ava ", age: 31, personalityTraits: ["curious"], background: "Nurse." })).toEqual({
      name: "Ava",
      age: 31,
      personalityTraits: ["curious"],
      background: "Nurse.",
    });
    expect(personaSchema.parse({})).toEqual({});
  });

  it.each([
    [{ age: 0 }, "Age must be between 1 and 120"],
    [{ age: 121 }, "Age must be between 1 and 120"],
    [{ age: 30.5 }, "Age must be a whole number"],
    [{ personalityTraits: Array.from({ length: 11 }, () => "kind") }, "At most 10 personality traits"],
    [{ personalityTraits: ["x".repeat(41)] }, "Each trait must be at most 40 characters"],
    [{ background: "x".repeat(2001) }, "Background must be at most 2000 characters"],
  ])("rejects %j", (input, message) => {
    const result = personaSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe(message);
  });
});

describe("visualAttributesSchema", () => {
  it("accepts every listed option and rejects others", () => {
    for (const [field, options] of Object.entries(VISUAL_ATTRIBUTE_OPTIONS)) {
      for (const option of options) expect(visualAttributesSchema.safeParse({ [field]: option }).success).toBe(true);
      expect(visualAttributesSchema.safeParse({ [field]: "purple polka dots" }).success).toBe(false);
    }
  });
});

describe("image sizes", () => {
  it("defaults to 1024×1024 and accepts only listed sizes", () => {
    expect(DEFAULT_IMAGE_SIZE).toMatchObject({ width: 1024, height: 1024 });
    for (const size of IMAGE_SIZES) expect(imageSizeSchema.safeParse(size).success).toBe(true);
    expect(imageSizeSchema.safeParse({ width: 1000, height: 1000 }).error?.issues[0].message).toMatch(/^Unsupported image size\. Allowed: 512x512/);
    expect(imageSizeIdSchema.parse("832x1216")).toEqual({ width: 832, height: 1216 });
    expect(imageSizeIdSchema.safeParse("big").success).toBe(false);
  });
});
