import { describe, expect, it } from "vitest";
import { hairPhrase } from "@/lib/avatars/appearance-words";
import { buildPrompt } from "@/lib/avatars/build-prompt";
import { ETHNICITIES, GENDERS, HAIR_STYLES } from "@/lib/avatars/persona-schemas";
import { createSeededRandom } from "@/lib/personas/create-seeded-random";
import { describePersonaAppearance } from "@/lib/personas/describe-persona-appearance";
import { ageRangeForAge, type PersonaVisualAttributes } from "@/lib/personas/persona-generation-schemas";

const look = (age: number, overrides: Partial<PersonaVisualAttributes> = {}): PersonaVisualAttributes => ({
  gender: "male",
  ageRange: ageRangeForAge(age),
  ethnicity: "white",
  bodyType: "slim",
  hairStyle: "short",
  hairColor: "brown",
  eyeColor: "blue",
  skinTone: "fair",
  style: "casual",
  ...overrides,
});

describe("describePersonaAppearance", () => {
  it("reads as sentences that agree with the look", () => {
    const text = describePersonaAppearance(32, look(32, { gender: "female", ethnicity: "east asian", hairStyle: "bob", hairColor: "black", bodyType: "curvy" }), "a navy blazer", createSeededRandom(1));
    expect(text).toMatch(/^A 32-year-old East Asian woman with fair skin, a black bob haircut and blue eyes\. Curvy figure with .+\. Usually wears a navy blazer\.$/);
  });

  it("takes the same article as the image prompt for every age", () => {
    for (let age = 18; age <= 90; age++) {
      for (const gender of GENDERS) {
        for (const ethnicity of ETHNICITIES) {
          const attributes = look(age, { gender, ethnicity });
          const sentence = describePersonaAppearance(age, attributes, "a coat", createSeededRandom(age)).match(/^(A|An) /)![1].toLowerCase();
          const prompt = buildPrompt({ prompt: "", persona: { age }, attributes }).prompt.match(/^portrait photo of (a|an) /)![1];
          expect(sentence, `${age} ${gender} ${ethnicity}`).toBe(prompt);
        }
      }
    }
    expect(describePersonaAppearance(18, look(18), "a coat", createSeededRandom(1))).toMatch(/^An 18-year-old white man/);
    expect(describePersonaAppearance(84, look(84), "a coat", createSeededRandom(1))).toMatch(/^An 84-year-old white man/);
  });

  it("says the hair the way the image prompt says it", () => {
    for (const hairStyle of HAIR_STYLES) {
      const attributes = look(40, { hairStyle, hairColor: "auburn" });
      const sentence = describePersonaAppearance(40, attributes, "a coat", createSeededRandom(3));
      const prompt = buildPrompt({ prompt: "", persona: { age: 40 }, attributes }).prompt;
      const words = hairPhrase(hairStyle, "auburn")!;
      expect(prompt.split(", "), hairStyle).toContain(words);
      expect(sentence, hairStyle).toContain(`fair skin, ${hairPhrase(hairStyle, "auburn", { article: true })} and blue eyes`);
      expect(sentence, hairStyle).toContain(words);
    }
  });
});
