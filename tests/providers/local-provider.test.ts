import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { GENDERS, HAIR_COLORS, HAIR_STYLES, IMAGE_SIZES, SKIN_TONES, type VisualAttributes } from "@/lib/avatars/persona-schemas";
import {
  DEFAULT_HAIR_BY_GENDER,
  deriveLocalAvatar,
  LOCAL_HAIR_COLORS,
  LOCAL_HAIR_TOPS,
  LOCAL_SKIN_COLORS,
} from "@/lib/providers/image/derive-local-avatar";
import { createLocalProvider } from "@/lib/providers/image/local";
import type { ImageRequest } from "@/lib/providers/image/types";

const provider = createLocalProvider();
const base: ImageRequest = { prompt: "ignored offline", width: 1024, height: 1024, seed: 7 };

/** The most frequent colour in a rectangle, as "rrggbb". */
async function dominantColor(png: Buffer, box: { left: number; top: number; width: number; height: number }) {
  const { data, info } = await sharp(png).extract(box).raw().toBuffer({ resolveWithObject: true });
  const counts = new Map<string, number>();
  for (let i = 0; i < data.length; i += info.channels) {
    const key = [data[i], data[i + 1], data[i + 2]].map((c) => c.toString(16).padStart(2, "0")).join("");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

// With variationIndex 0 (front framing) on 1024², the face is centred around (512, 460), the hair above it.
const FACE = { left: 400, top: 380, width: 224, height: 180 };
const HAIR_TOP = { left: 400, top: 120, width: 224, height: 80 };

describe("local provider", () => {
  it("is deterministic: the same request gives byte-identical PNGs", async () => {
    const first = await provider.generate({ ...base, attributes: { skinTone: "olive" } });
    const second = await provider.generate({ ...base, attributes: { skinTone: "olive" } });
    expect(first).toMatchObject({ provider: "local", mimeType: "image/png", model: "dicebear-avataaars" });
    expect(first.data.equals(second.data)).toBe(true);
  });

  it("a different seed gives a different image", async () => {
    const first = await provider.generate(base);
    const other = await provider.generate({ ...base, seed: 8 });
    expect(first.data.equals(other.data)).toBe(false);
  });

  it.each(IMAGE_SIZES.map((size) => [size.width, size.height]))("renders exactly %i×%i", async (width, height) => {
    const image = await provider.generate({ ...base, width, height });
    expect(await sharp(image.data).metadata()).toMatchObject({ format: "png", width, height });
  });

  it("paints the face in the requested skin tone", async () => {
    const request = { ...base, identitySeed: "avatar-1", variationIndex: 0 };
    const light = await provider.generate({ ...request, attributes: { skinTone: "light" } });
    const dark = await provider.generate({ ...request, attributes: { skinTone: "dark" } });
    expect(await dominantColor(light.data, FACE)).toBe(LOCAL_SKIN_COLORS.light);
    expect(await dominantColor(dark.data, FACE)).toBe(LOCAL_SKIN_COLORS.dark);
  });

  it("paints the hair in the requested colour", async () => {
    const request = { ...base, identitySeed: "avatar-1", variationIndex: 0 };
    const black = await provider.generate({ ...request, attributes: { hairColor: "black", hairStyle: "short" } });
    const red = await provider.generate({ ...request, attributes: { hairColor: "red", hairStyle: "short" } });
    expect(await dominantColor(black.data, HAIR_TOP)).toBe(LOCAL_HAIR_COLORS.black);
    expect(await dominantColor(red.data, HAIR_TOP)).toBe(LOCAL_HAIR_COLORS.red);
  });

  it("honours the caller's abort", async () => {
    const controller = new AbortController();
    controller.abort(new Error("cancelled"));
    await expect(provider.generate(base, { signal: controller.signal })).rejects.toThrow("cancelled");
  });
});

describe("deriveLocalAvatar", () => {
  const attributes = { gender: "female", hairStyle: "long wavy", hairColor: "auburn", skinTone: "tan" } as const;

  it("keeps the identity across variations and seeds while expression and framing change", () => {
    const variations = [0, 1, 2, 3].map((variationIndex) =>
      deriveLocalAvatar({ seed: 100 + variationIndex, identitySeed: "avatar-9", attributes, variationIndex }),
    );
    for (const variation of variations) expect(variation.identity).toEqual(variations[0].identity);
    expect(new Set(variations.map((v) => v.variation.framing.name)).size).toBe(4);
    expect(new Set(variations.map((v) => `${v.variation.eyes}/${v.variation.mouth}`)).size).toBeGreaterThan(1);
  });

  it("maps attributes onto the drawing", () => {
    const { identity } = deriveLocalAvatar({ seed: 1, identitySeed: "x", attributes });
    expect(identity).toMatchObject({ skinColor: LOCAL_SKIN_COLORS.tan, hairColor: LOCAL_HAIR_COLORS.auburn, facialHair: null });
    expect(["curvy", "bigHair"]).toContain(identity.top);
    expect(deriveLocalAvatar({ seed: 1, identitySeed: "x", attributes: { hairStyle: "bald" } }).identity.top).toBeNull();
  });

  it("without an identitySeed, each seed is a new person; a reference image pins one", () => {
    const people = new Set([1, 2, 3, 4, 5, 6].map((seed) => JSON.stringify(deriveLocalAvatar({ seed }).identity)));
    expect(people.size).toBeGreaterThan(1);
    const reference = { data: Buffer.from("approved image bytes"), mimeType: "image/png" };
    expect(deriveLocalAvatar({ seed: 1, reference }).identity).toEqual(deriveLocalAvatar({ seed: 2, reference }).identity);
  });

  it("renders the same face for two variations of one identity", async () => {
    const request = { ...base, identitySeed: "avatar-2", attributes: { skinTone: "brown" as const } };
    const first = await provider.generate({ ...request, seed: 1, variationIndex: 0 });
    const second = await provider.generate({ ...request, seed: 2, variationIndex: 1 });
    expect(first.data.equals(second.data)).toBe(false);
    expect(await dominantColor(second.data, FACE)).toBe(LOCAL_SKIN_COLORS.brown);
  });
});

describe("the local provider's words for a look", () => {
  it("has an entry for every word of an avatar's visual attributes", () => {
    for (const tone of SKIN_TONES) expect(LOCAL_SKIN_COLORS[tone], tone).toMatch(/^[0-9a-f]{6}$/);
    for (const colour of HAIR_COLORS) expect(LOCAL_HAIR_COLORS[colour], colour).toMatch(/^[0-9a-f]{6}$/);
    for (const style of HAIR_STYLES.filter((style) => style !== "bald")) expect(LOCAL_HAIR_TOPS[style], style).not.toHaveLength(0);
    for (const gender of GENDERS) expect(DEFAULT_HAIR_BY_GENDER[gender], gender).not.toHaveLength(0);
    for (const style of Object.values(DEFAULT_HAIR_BY_GENDER).flat()) expect(LOCAL_HAIR_TOPS[style], style).toBeDefined();
  });

  it("takes an avatar's attributes as they are, and draws its own pick for a word it does not know", () => {
    const attributes: VisualAttributes = { gender: "male", hairStyle: "afro", skinTone: "olive", eyeColor: "green" };
    expect(deriveLocalAvatar({ seed: 1, identitySeed: "x", attributes }).identity).toMatchObject({ skinColor: LOCAL_SKIN_COLORS.olive });
    const unknown = deriveLocalAvatar({ seed: 1, identitySeed: "x", attributes: { skinTone: "toString", hairColor: "green", hairStyle: "mohawk" } }).identity;
    expect(Object.values(LOCAL_SKIN_COLORS)).toContain(unknown.skinColor);
    expect(Object.values(LOCAL_HAIR_COLORS)).toContain(unknown.hairColor);
    expect(Object.values(LOCAL_HAIR_TOPS).flat()).toContain(unknown.top);
  });
});
