import { describe, expect, it } from "vitest";
import { bodyTypePhrase, describePerson, hairPhrase, personNoun } from "@/lib/avatars/appearance-words";
import { BODY_TYPES, HAIR_STYLES } from "@/lib/avatars/persona-schemas";

describe("hairPhrase", () => {
  it("says each style around its colour, as a prompt fragment", () => {
    expect(hairPhrase("long wavy", "auburn")).toBe("long wavy auburn hair");
    expect(hairPhrase("buzz cut", "black")).toBe("black buzz cut");
    expect(hairPhrase("bob", "brown")).toBe("brown bob haircut");
    expect(hairPhrase("braids", "black")).toBe("black braided hair");
    expect(hairPhrase("bun", "gray")).toBe("gray hair in a bun");
    expect(hairPhrase("bald", "gray")).toBe("bald head");
    expect(hairPhrase("pixie", undefined)).toBe("pixie cut");
    expect(hairPhrase(undefined, "red")).toBe("red hair");
    expect(hairPhrase(undefined, undefined)).toBeUndefined();
  });

  it("puts an article before countable styles only, for a sentence", () => {
    expect(hairPhrase("afro", "auburn", { article: true })).toBe("an auburn afro");
    expect(hairPhrase("bob", "black", { article: true })).toBe("a black bob haircut");
    expect(hairPhrase("bald", "white", { article: true })).toBe("a bald head");
    expect(hairPhrase("curly", "brown", { article: true })).toBe("curly brown hair");
    expect(hairPhrase("dreadlocks", "black", { article: true })).toBe("black dreadlocks");
  });

  it("has a phrase for every style, with and without colour", () => {
    for (const style of HAIR_STYLES) {
      expect(hairPhrase(style, undefined), style).toMatch(/\S/);
      expect(hairPhrase(style, "black"), style).not.toContain("  ");
      if (style !== "bald") expect(hairPhrase(style, "black"), style).toContain("black");
    }
  });
});

describe("bodyTypePhrase", () => {
  it("says a build, or a figure for curvy and plus-size", () => {
    expect(BODY_TYPES.map(bodyTypePhrase)).toEqual(["slim build", "athletic build", "average build", "curvy figure", "muscular build", "plus-size figure"]);
  });
});

describe("describePerson", () => {
  it("joins the parts that are known", () => {
    expect(describePerson({ age: 32, ethnicity: "east asian", gender: "female" })).toBe("32-year-old East Asian woman");
    expect(describePerson({ ethnicity: "mixed" })).toBe("mixed-race person");
    expect(describePerson({ age: 15, gender: "male" })).toBe("15-year-old teenage boy");
    expect(describePerson({})).toBe("person");
  });

  it("uses the same nouns for adults of every gender", () => {
    expect(personNoun("female", 40)).toBe("woman");
    expect(personNoun("male", undefined)).toBe("man");
    expect(personNoun("non-binary", 70)).toBe("non-binary person");
    expect(personNoun(undefined, 9)).toBe("child");
  });
});
