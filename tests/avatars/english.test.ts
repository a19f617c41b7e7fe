import { describe, expect, it } from "vitest";
import { capitalize, withArticle } from "@/lib/avatars/english";

describe("withArticle", () => {
  it.each([
    // Image prompts: ages and the words that start a subject.
    ["8-year-old girl", "an"],
    ["11-year-old boy", "an"],
    ["18-year-old man", "an"],
    ["80-year-old woman", "an"],
    ["89-year-old man", "an"],
    ["21-year-old woman", "a"],
    ["32-year-old East Asian woman", "a"],
    ["100-year-old man", "a"],
    ["110-year-old man", "a"],
    ["180-day plan", "a"],
    ["East Asian person", "an"],
    ["Hispanic woman", "a"],
    ["non-binary person", "a"],
    ["optimistic, warm", "an"],
    ["confident, warm", "a"],
    // Persona bios and looks: roles and hair.
    ["engineer", "an"],
    ["economics student", "an"],
    ["university lecturer", "a"],
    ["UX designer", "a"],
    ["QA engineer", "a"],
    ["PR consultant", "a"],
    ["HR manager", "an"],
    ["SEO specialist", "an"],
    ["MBA student", "an"],
    ["EU official", "an"],
    ["X-ray technician", "an"],
    ["NASA engineer", "a"],
    ["DevOps engineer", "a"],
    ["European founder", "a"],
    ["one-off", "a"],
    ["hour", "an"],
    ["honest answer", "an"],
    ["hotel manager", "a"],
    ["auburn afro", "an"],
    ["black bob haircut", "a"],
  ])("%s takes %s", (phrase, article) => {
    expect(withArticle(phrase)).toBe(`${article} ${phrase}`);
  });
});

describe("capitalize", () => {
  it("capitalizes the first letter only", () => {
    expect(capitalize(withArticle("18-year-old man"))).toBe("An 18-year-old man");
    expect(capitalize("slim build")).toBe("Slim build");
    expect(capitalize("")).toBe("");
  });
});
