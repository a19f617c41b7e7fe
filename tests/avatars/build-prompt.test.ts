import { describe, expect, it } from "vitest";
import { buildPrompt, buildTrainingPrompt, buildVariationPrompt, VARIATION_INSTRUCTIONS } from "@/lib/avatars/build-prompt";

describe("buildPrompt", () => {
  it("merges persona, attributes, the user's scene and photo-realism terms", () => {
    const { prompt, negativePrompt } = buildPrompt({
      prompt: "sitting in a café, holding a coffee cup",
      persona: { name: "Mia Chen", age: 32, personalityTraits: ["confident", "warm"], background: "A product designer from Vancouver. She loves hiking." },
      attributes: { gender: "female", ethnicity: "east asian", hairStyle: "long wavy", hairColor: "auburn", eyeColor: "green", skinTone: "olive", bodyType: "slim", style: "editorial" },
      appearanceDescription: "small mole above the left lip",
    });
    expect(prompt).toBe(
      "portrait photo of a 32-year-old East Asian woman, slim build, long wavy auburn hair, green eyes, olive skin, " +
        "sitting in a café, holding a coffee cup, small mole above the left lip, " +
        "expression reflecting a confident, warm personality, A product designer from Vancouver, " +
        "editorial magazine photography, dramatic studio lighting, 85mm lens, sharp focus, natural skin texture, detailed eyes, high resolution",
    );
    expect(prompt).not.toContain("Mia");
    expect(prompt).not.toContain("hiking");
    for (const term of ["blurry", "deformed", "extra limbs", "cartoon", "illustration", "watermark", "text"]) {
      expect(negativePrompt.split(", ")).toContain(term);
    }
  });

  it("uses the age range when there is no exact age, and defaults to studio photo terms", () => {
    const { prompt } = buildPrompt({ prompt: "", attributes: { gender: "male", ageRange: "65+", hairStyle: "bald" } });
    expect(prompt).toBe(
      "portrait photo of a man aged 65 or older, bald head, photorealistic, soft studio lighting, 85mm lens, sharp focus, natural skin texture, detailed eyes, high resolution",
    );
  });

  it("works from a bare prompt and drops repeated terms", () => {
    const { prompt } = buildPrompt({ prompt: "  at the beach,   85mm lens.  " });
    expect(prompt.startsWith("portrait photo of a person, at the beach, 85mm lens, photorealistic, soft studio lighting, sharp focus")).toBe(true);
    expect(prompt.match(/85mm lens/g)).toHaveLength(1);
  });

  it("uses an for vowels and fits young ages", () => {
    expect(buildPrompt({ prompt: "", attributes: { ethnicity: "east asian" } }).prompt).toMatch(/^portrait photo of an East Asian person/);
    expect(buildPrompt({ prompt: "", persona: { age: 8 }, attributes: { gender: "female" } }).prompt).toMatch(/^portrait photo of an 8-year-old girl/);
  });

  it("takes an before a personality or a look that starts with a vowel sound", () => {
    const { prompt } = buildPrompt({ prompt: "", persona: { personalityTraits: ["optimistic", "warm"] }, attributes: { bodyType: "curvy", hairStyle: "afro", hairColor: "auburn" } });
    expect(prompt).toContain("expression reflecting an optimistic, warm personality");
    expect(prompt).toContain("curvy figure, auburn afro");
  });

  it("is deterministic", () => {
    const input = { prompt: "in a park", attributes: { style: "casual" as const, skinTone: "tan" as const } };
    expect(buildPrompt(input)).toEqual(buildPrompt(input));
  });
});

describe("buildVariationPrompt", () => {
  it("gives four distinct instructions that all keep the identity, wrapping around", () => {
    const prompts = [0, 1, 2, 3].map((index) => buildVariationPrompt("portrait photo of a woman", index));
    expect(new Set(prompts).size).toBe(4);
    for (const [index, prompt] of prompts.entries()) {
      expect(prompt).toMatch(/^Same person as in the reference image: same face, same facial features/);
      expect(prompt).toContain(VARIATION_INSTRUCTIONS[index]);
      expect(prompt.endsWith("portrait photo of a woman")).toBe(true);
    }
    expect(buildVariationPrompt("x", 4)).toBe(buildVariationPrompt("x", 0));
    expect(buildVariationPrompt("x", -1)).toBe(buildVariationPrompt("x", 3));
  });
});

describe("buildTrainingPrompt", () => {
  it("puts the same person into a scene", () => {
    const prompt = buildTrainingPrompt("portrait photo of a man, short black hair", "walking down a city street");
    expect(prompt).toMatch(/^Same person as in the reference image/);
    expect(prompt).toContain("Scene: walking down a city street, candid natural photo. portrait photo of a man, short black hair");
  });
});

describe("articles", () => {
  it.each([
    [18, "an"],
    [80, "an"],
    [11, "an"],
    [21, "a"],
    [8, "an"],
    [100, "a"],
  ])("age %i takes %s", (age, article) => {
    expect(buildPrompt({ prompt: "", persona: { age } }).prompt).toMatch(new RegExp(`^portrait photo of ${article} ${age}-year-old`));
  });
});
