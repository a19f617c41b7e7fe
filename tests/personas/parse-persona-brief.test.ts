import { describe, expect, it } from "vitest";
import { EUROPEAN_LOCALES } from "@/lib/personas/persona-generation-schemas";
import { parseBriefAges, parsePersonaBrief } from "@/lib/personas/parse-persona-brief";

describe("parsePersonaBrief", () => {
  it.each([
    ["European tech professionals aged 25–40", { min: 25, max: 40 }],
    ["aged 25-40", { min: 25, max: 40 }],
    ["between 30 and 45 years old", { min: 30, max: 45 }],
    ["people in their 30s", { min: 30, max: 39 }],
    ["in their late 20s and early 30s", { min: 26, max: 33 }],
    ["founders in their forties", { min: 40, max: 49 }],
    ["runners over 50", { min: 50, max: 80 }],
    ["gamers under 25", { min: 18, max: 24 }],
    ["60+ hikers", { min: 60, max: 90 }],
    ["middle-aged teachers", { min: 40, max: 60 }],
    ["aged 10-70", { min: 18, max: 70 }],
  ])("reads ages from %j", (brief, ages) => {
    expect(parseBriefAges(brief)).toEqual(ages);
  });

  it("ignores numbers that are not ages", () => {
    expect(parseBriefAges("3 to 5 looks each")).toBeUndefined();
    expect(parseBriefAges("designers")).toBeUndefined();
  });

  it("expands 'European' into the European locales", () => {
    expect(parsePersonaBrief("European tech professionals").locales).toEqual([...EUROPEAN_LOCALES]);
  });

  it("finds named countries and cities", () => {
    expect(parsePersonaBrief("German and Swedish engineers").locales).toEqual(["de-DE", "sv-SE"]);
    expect(parsePersonaBrief("baristas in Tokyo").locales).toEqual(["ja-JP"]);
    expect(parsePersonaBrief("people on the Indian Ocean coast").locales).toEqual([]);
  });

  it("reads gender words", () => {
    expect(parsePersonaBrief("women in tech").gender).toBe("female");
    expect(parsePersonaBrief("men over 40").gender).toBe("male");
    expect(parsePersonaBrief("women and men").gender).toBe("balanced");
    expect(parsePersonaBrief("non-binary artists").gender).toBe("non-binary");
    expect(parsePersonaBrief("tech professionals").gender).toBeUndefined();
  });

  it("reads backgrounds but not colours of clothes", () => {
    expect(parsePersonaBrief("Black entrepreneurs").ethnicities).toEqual(["black"]);
    expect(parsePersonaBrief("models in black dresses on a white background").ethnicities).toEqual([]);
    expect(parsePersonaBrief("Latina nurses").ethnicities).toEqual(["hispanic"]);
  });

  it("names roles the brief mentions, or guesses one", () => {
    expect(parsePersonaBrief("nurses from Manchester").roles).toEqual(["nurse"]);
    expect(parsePersonaBrief("Italian beekeepers").roles).toEqual(["beekeeper"]);
    expect(parsePersonaBrief("European tech professionals").roles).toEqual([]);
    expect(parsePersonaBrief("European tech professionals").sectors.map((s) => s.id)).toEqual(["tech"]);
  });
});
