import { describe, expect, it } from "vitest";
import { PERSONA_LOCALES } from "@/lib/personas/persona-generation-schemas";
import { LOCALE_PROFILES } from "@/lib/personas/data/locale-profiles";

describe("locale name lists", () => {
  it.each(PERSONA_LOCALES)("%s has long, duplicate-free lists split by gender", (locale) => {
    const profile = LOCALE_PROFILES[locale];
    for (const list of [profile.female, profile.male, profile.surnames]) {
      expect(list.length).toBeGreaterThanOrEqual(45);
      expect(new Set(list).size).toBe(list.length);
    }
    // A name in both gendered lists would make "names fit the gender" meaningless.
    expect(profile.female.filter((name) => profile.male.includes(name))).toEqual([]);
    for (const group of profile.groups) {
      for (const list of [group.female, group.male, group.surnames]) if (list) expect(new Set(list).size).toBe(list.length);
      if (group.female && group.male) expect(group.female.filter((name) => group.male!.includes(name))).toEqual([]);
    }
    expect(profile.cities.length).toBeGreaterThanOrEqual(8);
    expect(profile.groups.reduce((sum, group) => sum + group.weight, 0)).toBeGreaterThan(0);
  });
});
