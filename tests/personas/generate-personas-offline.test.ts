import { afterEach, describe, expect, it, vi } from "vitest";
import { nameKey, nameListsFor } from "@/lib/personas/allocate-persona-names";
import { EUROPEAN_LOCALES, ageRangeForAge, generatedPersonaSchema, type GeneratedPersona } from "@/lib/personas/persona-generation-schemas";
import { generatePersonasOffline } from "@/lib/personas/generate-personas-offline";
import { LOCALE_PROFILES } from "@/lib/personas/data/locale-profiles";

const fullName = (p: GeneratedPersona) => `${p.firstName} ${p.lastName}`;

afterEach(() => vi.restoreAllMocks());

describe("offline persona generator", () => {
  it("gives the same personas for the same seed and inputs", () => {
    const input = { count: 25, brief: "European tech professionals aged 25–40" };
    expect(generatePersonasOffline(input, 1234)).toEqual(generatePersonasOffline(input, 1234));
  });

  it("gives different personas for a different seed", () => {
    const input = { count: 25, brief: "European tech professionals aged 25–40" };
    const a = generatePersonasOffline(input, 1234).map(fullName);
    const b = generatePersonasOffline(input, 1235).map(fullName);
    expect(a).not.toEqual(b);
    // Not a reshuffle of the same people either.
    expect(a.filter((name) => b.includes(name)).length).toBeLessThan(5);
  });

  it("never calls Math.random", () => {
    const spy = vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("Math.random must not be used");
    });
    generatePersonasOffline({ count: 30, brief: "nurses in their 30s", constraints: { genderMix: "inclusive" } }, 9);
    expect(spy).not.toHaveBeenCalled();
  });

  it("varies names and backgrounds across 100 personas", () => {
    const personas = generatePersonasOffline({ count: 100 }, 42);
    expect(new Set(personas.map((p) => p.firstName)).size).toBeGreaterThanOrEqual(80);
    expect(new Set(personas.map((p) => p.lastName)).size).toBeGreaterThanOrEqual(60);
    expect(new Set(personas.map((p) => p.ethnicity)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(personas.map((p) => p.bio)).size).toBe(100);
    expect(new Set(personas.map((p) => p.appearanceDescription)).size).toBe(100);
    expect(new Set(personas.map((p) => p.attributes.hairColor)).size).toBeGreaterThanOrEqual(4);
  });

  it.each([
    [{ count: 100 }],
    [{ count: 100, constraints: { locale: "pl-PL" as const, genderMix: "female" as const } }],
    [{ count: 100, constraints: { locale: "ja-JP" as const, genderMix: "male" as const, ageMin: 30, ageMax: 31 } }],
    [{ count: 100, brief: "European founders", constraints: { genderMix: "non-binary" as const } }],
  ])("never repeats a full name within a batch of 100 (%j)", (input) => {
    for (const seed of [1, 2, 3]) {
      const keys = generatePersonasOffline(input, seed).map((p) => nameKey(p));
      expect(new Set(keys).size).toBe(100);
    }
  });

  it("takes names from the list for the persona's locale, gender and background", () => {
    const personas = generatePersonasOffline({ count: 100, brief: "international people", constraints: { genderMix: "inclusive" } }, 7);
    for (const p of personas) {
      const lists = nameListsFor(p);
      expect(lists.firstNames, fullName(p)).toContain(p.firstName);
      const surnames = lists.surnames.map(lists.inflect);
      const parts = surnames.includes(p.lastName) ? [p.lastName] : p.lastName.split("-");
      for (const part of parts) expect(surnames, fullName(p)).toContain(part);
    }
    expect(new Set(personas.map((p) => p.locale)).size).toBeGreaterThanOrEqual(10);
  });

  it("uses Japanese women's names for a ja-JP women-only batch", () => {
    const personas = generatePersonasOffline({ count: 40, constraints: { locale: "ja-JP", genderMix: "female" } }, 5);
    for (const p of personas) {
      expect(p.gender).toBe("female");
      expect(p.locale).toBe("ja-JP");
      expect(LOCALE_PROFILES["ja-JP"].female).toContain(p.firstName);
      expect(LOCALE_PROFILES["ja-JP"].surnames).toContain(p.lastName);
      expect(p.ethnicity).toBe("east asian");
    }
  });

  it("gives Polish women the feminine surname form", () => {
    const personas = generatePersonasOffline({ count: 60, constraints: { locale: "pl-PL" } }, 11);
    for (const p of personas.filter((p) => p.gender === "female")) expect(p.lastName).not.toMatch(/(ski|cki|dzki)$/);
    for (const p of personas.filter((p) => p.gender === "male")) expect(p.lastName).not.toMatch(/(ska|cka|dzka)$/);
  });

  it("mixes European locales for a 'European' brief without a locale", () => {
    const personas = generatePersonasOffline({ count: 40, brief: "European tech professionals aged 25–40" }, 3);
    const locales = new Set(personas.map((p) => p.locale));
    expect(locales.size).toBeGreaterThanOrEqual(6);
    for (const locale of locales) expect(EUROPEAN_LOCALES).toContain(locale);
  });

  it("lets an explicit locale win over the brief", () => {
    const personas = generatePersonasOffline({ count: 10, brief: "European designers", constraints: { locale: "pt-BR" } }, 3);
    expect(new Set(personas.map((p) => p.locale))).toEqual(new Set(["pt-BR"]));
  });

  it("keeps ages inside explicit constraints", () => {
    const personas = generatePersonasOffline({ count: 100, constraints: { ageMin: 30, ageMax: 35 } }, 8);
    for (const p of personas) {
      expect(p.age).toBeGreaterThanOrEqual(30);
      expect(p.age).toBeLessThanOrEqual(35);
    }
    expect(new Set(personas.map((p) => p.age)).size).toBe(6);
  });

  it("reads the age range from the brief when no ages are given", () => {
    const personas = generatePersonasOffline({ count: 60, brief: "European tech professionals aged 25–40" }, 8);
    for (const p of personas) expect(p.age).toSatisfy((age: number) => age >= 25 && age <= 40);
  });

  it("prefers explicit ages over the brief's", () => {
    const personas = generatePersonasOffline({ count: 30, brief: "people aged 25–40", constraints: { ageMin: 50, ageMax: 60 } }, 8);
    for (const p of personas) expect(p.age).toSatisfy((age: number) => age >= 50 && age <= 60);
  });

  it("honours the gender mix exactly", () => {
    const count = (personas: GeneratedPersona[], gender: string) => personas.filter((p) => p.gender === gender).length;
    const balanced = generatePersonasOffline({ count: 50, constraints: { genderMix: "balanced" } }, 1);
    expect(count(balanced, "female")).toBe(25);
    expect(count(balanced, "male")).toBe(25);
    expect(count(generatePersonasOffline({ count: 20, constraints: { genderMix: "female" } }, 1), "female")).toBe(20);
    expect(count(generatePersonasOffline({ count: 20, constraints: { genderMix: "male" } }, 1), "male")).toBe(20);
    expect(count(generatePersonasOffline({ count: 40, constraints: { genderMix: "mostly-female" } }, 1), "female")).toBe(30);
    const inclusive = generatePersonasOffline({ count: 40, constraints: { genderMix: "inclusive" } }, 1);
    expect(count(inclusive, "non-binary")).toBe(4);
    expect(count(inclusive, "female")).toBe(18);
  });

  it("reads a gender from the brief when no mix is given", () => {
    const personas = generatePersonasOffline({ count: 20, brief: "women founders in Berlin" }, 2);
    expect(personas.every((p) => p.gender === "female")).toBe(true);
    expect(personas.every((p) => p.locale === "de-DE")).toBe(true);
  });

  it("builds bios from the brief's profession words", () => {
    const nurses = generatePersonasOffline({ count: 20, brief: "nurses from Manchester" }, 4);
    for (const p of nurses) expect(p.bio).toMatch(/nurse/);
    const tech = generatePersonasOffline({ count: 30, brief: "European tech professionals aged 25–40" }, 4);
    const techRoles = /engineer|developer|designer|scientist|manager|analyst|founder|writer|architect/;
    expect(tech.filter((p) => techRoles.test(p.bio)).length).toBeGreaterThanOrEqual(27);
    const beekeepers = generatePersonasOffline({ count: 5, brief: "Italian beekeepers" }, 4);
    for (const p of beekeepers) expect(p.bio).toMatch(/beekeeper/);
  });

  it("keeps every persona valid and its look consistent with gender, age and background", () => {
    const personas = generatePersonasOffline({ count: 100, brief: "diverse international people", constraints: { ageMin: 18, ageMax: 90 } }, 21);
    for (const p of personas) {
      expect(generatedPersonaSchema.safeParse(p).success).toBe(true);
      expect(p.attributes.ageRange).toBe(ageRangeForAge(p.age));
      expect(p.attributes.gender).toBe(p.gender);
      expect(p.attributes.ethnicity).toBe(p.ethnicity);
      expect(p.appearanceDescription).toContain(`${p.age}-year-old`);
      expect(p.appearanceDescription).toContain(`${p.attributes.eyeColor} eyes`);
      if (p.gender !== "female") expect(p.attributes.bodyType).not.toBe("curvy");
      if (p.gender === "female") expect(p.appearanceDescription).not.toMatch(/beard|moustache|stubble/);
      if (p.ethnicity === "east asian" || p.ethnicity === "south asian") expect(["black", "dark brown", "brown", "gray", "white", "platinum"]).toContain(p.attributes.hairColor);
      if (p.age < 45) expect(["gray", "white"]).not.toContain(p.attributes.hairColor);
    }
  });
});
