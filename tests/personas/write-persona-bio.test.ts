import { describe, expect, it } from "vitest";
import { createSeededRandom } from "@/lib/personas/create-seeded-random";
import { writePersonaBio, type BioFacts } from "@/lib/personas/write-persona-bio";

const facts = (role: string, kind: BioFacts["kind"] = "work"): BioFacts => ({
  firstName: "Ada",
  age: 40,
  role,
  city: "Leeds",
  kind,
  traits: ["curious", "warm", "frank"],
  hobby: "kayaking",
  value: "fairness",
  earlierPath: "an apprenticeship",
});

describe("writePersonaBio", () => {
  it.each([
    ["engineer", "an"],
    ["UX designer", "a"],
    ["university lecturer", "a"],
    ["HR manager", "an"],
    ["SEO specialist", "an"],
    ["auditor", "an"],
  ])("writes the role %s with %s", (role, article) => {
    for (let seed = 0; seed < 30; seed++) {
      const bio = writePersonaBio(facts(role), createSeededRandom(seed));
      expect(bio, bio).toMatch(new RegExp(`(^|\\s)${article} ${role}\\b`, "i"));
      expect(bio, bio).not.toMatch(new RegExp(`(^|\\s)${article === "a" ? "an" : "a"} ${role}\\b`, "i"));
    }
  });

  it("starts a sentence with a capital article", () => {
    const bios = Array.from({ length: 40 }, (_, seed) => writePersonaBio(facts("engineer", "study"), createSeededRandom(seed)));
    expect(bios.some((bio) => bio.startsWith("An engineer in Leeds"))).toBe(true);
  });
});
