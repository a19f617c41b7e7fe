import { describe, expect, it } from "vitest";
import { matchAttributeOption } from "@/lib/avatars/attribute-free-text";
import { createAvatarRequestSchema, generateAvatarRequestSchema } from "@/lib/avatars/avatar-schemas";
import { buildPrompt } from "@/lib/avatars/build-prompt";
import {
  AVATAR_CREATOR_ATTRIBUTES,
  AVATAR_CREATOR_EVERYTHING,
  AVATAR_CREATOR_PERSONA,
  AVATAR_CREATOR_SIMPLE,
  SEED_WORKFLOW_CREATE_PERSONA,
} from "../support/seed-requests";

const parse = (text: string) => generateAvatarRequestSchema.parse(JSON.parse(text));
const promptOf = (text: string) => {
  const input = parse(text);
  return buildPrompt({ prompt: input.prompt, persona: input.persona, attributes: input.attributes, appearanceDescription: input.appearanceDescription }).prompt;
};

describe("free-text look values", () => {
  it("match options ignoring case, spaces and hyphens, and through synonyms", () => {
    expect(matchAttributeOption("ethnicity", "East-Asian")).toBe("east asian");
    expect(matchAttributeOption("ethnicity", " EAST_asian ")).toBe("east asian");
    expect(matchAttributeOption("style", "business-casual")).toBe("corporate headshot");
    expect(matchAttributeOption("skinTone", "Light-Medium")).toBe("medium");
    expect(matchAttributeOption("hairStyle", "Shoulder Length")).toBe("shoulder-length");
    expect(matchAttributeOption("hairColor", "blond")).toBe("blonde");
    expect(matchAttributeOption("gender", "Woman")).toBe("female");
    expect(matchAttributeOption("hairStyle", "short modern")).toBeUndefined();
  });
});

describe("the avatar creator's flat generate body", () => {
  it("test 1 (name and prompt) parses as before", () => {
    expect(parse(AVATAR_CREATOR_SIMPLE)).toMatchObject({ name: "Simple Portrait", prompt: "professional portrait of a confident person", width: 1024, height: 1024 });
  });

  it("test 2 maps the persona fields", () => {
    const input = parse(AVATAR_CREATOR_PERSONA);
    expect(input.persona).toEqual({ name: "Sarah Johnson", age: 32, personalityTraits: ["professional", "confident", "friendly"], background: "Senior marketing executive with 10 years experience" });
    const prompt = promptOf(AVATAR_CREATOR_PERSONA);
    expect(prompt).toContain("32-year-old");
    expect(prompt).toContain("professional, confident, friendly personality");
    expect(prompt).toContain("Senior marketing executive with 10 years experience");
  });

  it("test 3 maps known values and keeps unknown ones as prompt text", () => {
    const input = parse(AVATAR_CREATOR_ATTRIBUTES);
    expect(input.attributes).toEqual({ gender: "female", hairStyle: "long straight", hairColor: "black", eyeColor: "brown", skinTone: "medium", style: "corporate headshot" });
    expect(input.appearanceDescription).toBe("adult, asian ethnicity");
    const prompt = promptOf(AVATAR_CREATOR_ATTRIBUTES);
    for (const words of ["woman", "long straight black hair", "brown eyes", "medium skin", "adult", "asian ethnicity", "corporate headshot", "confident business woman in elegant attire"]) {
      expect(prompt).toContain(words);
    }
  });

  it("test 4 carries everything, size and seed included", () => {
    const input = parse(AVATAR_CREATOR_EVERYTHING);
    expect(input).toMatchObject({ width: 1024, height: 1024, seed: 12345, persona: { name: "David Chen", age: 38 } });
    expect(input.attributes).toMatchObject({ gender: "male", ethnicity: "east asian", bodyType: "athletic", hairColor: "black", eyeColor: "dark brown", skinTone: "medium", style: "corporate headshot" });
    const prompt = promptOf(AVATAR_CREATOR_EVERYTHING);
    for (const words of ["38-year-old East Asian man", "athletic build", "dark brown eyes", "short modern hair", "Tech startup founder and CEO", "smiling confidently in modern office"]) {
      expect(prompt).toContain(words);
    }
  });

  it("refuses a field sent in both forms, naming it", () => {
    const both = generateAvatarRequestSchema.safeParse({ name: "x", prompt: "y", gender: "female", attributes: { gender: "male" } });
    expect(both.success).toBe(false);
    expect(both.error?.issues[0]).toMatchObject({ path: ["gender"], message: expect.stringContaining("attributes.gender") });
    const persona = generateAvatarRequestSchema.safeParse({ name: "x", prompt: "y", personaName: "A", persona: { name: "B" } });
    expect(persona.error?.issues[0]).toMatchObject({ path: ["personaName"] });
  });

  it("still refuses unknown keys and bad values", () => {
    expect(generateAvatarRequestSchema.safeParse({ name: "x", prompt: "y", favouriteColour: "red" }).success).toBe(false);
    expect(generateAvatarRequestSchema.safeParse({ name: "x", prompt: "y", gender: 5 }).error?.issues[0].path).toEqual(["gender"]);
    expect(generateAvatarRequestSchema.safeParse({ name: "x", prompt: "y", personaAge: "old" }).success).toBe(false);
  });

  it("keeps the nested form working", () => {
    const input = parse(JSON.stringify({ name: "x", prompt: "y", attributes: { gender: "female" }, persona: { age: 30 } }));
    expect(input).toMatchObject({ attributes: { gender: "female" }, persona: { age: 30 } });
  });
});

describe("the seed-image workflow's create-persona body", () => {
  it("stores appearance description, personality traits and background", () => {
    const input = createAvatarRequestSchema.parse(JSON.parse(SEED_WORKFLOW_CREATE_PERSONA));
    expect(input).toEqual({
      name: "AI Influencer Sarah",
      appearanceDescription: "Professional woman in her early 30s, shoulder-length dark hair, warm smile, modern business casual attire",
      persona: { personalityTraits: ["Confident tech expert"], background: "Professional woman in her 30s" },
    });
  });

  it("uses appearance as the description when it comes alone, and refuses both forms", () => {
    expect(createAvatarRequestSchema.parse({ name: "A", appearance: "tall, red hair" }).appearanceDescription).toBe("tall, red hair");
    const both = createAvatarRequestSchema.safeParse({ name: "A", personality: "calm", persona: { personalityTraits: ["loud"] } });
    expect(both.error?.issues[0]).toMatchObject({ path: ["personality"] });
  });
});
