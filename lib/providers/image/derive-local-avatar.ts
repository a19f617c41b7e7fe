import { createHash } from "node:crypto";
import type { ImageLook, ImageRequest } from "./types";

/*
 * The local provider draws DiceBear "avataaars" (named hair styles, skin and hair colours, expressive
 * eyes and mouths). Everything it draws is decided here, as plain data, so tests can check that identity
 * stays fixed while expression and framing change. eyeColor and bodyType have no counterpart in the style.
 * The tables are keyed by the words of an avatar's visual attributes (lib/avatars/persona-schemas);
 * tests/providers/local-provider.test.ts checks that every word has its entry.
 */

export const LOCAL_SKIN_COLORS: Record<string, string> = {
  light: "ffdbb4",
  fair: "f1c9a5",
  medium: "edb98a",
  olive: "c9a070",
  tan: "d08b5b",
  brown: "ae5d29",
  dark: "614335",
};

export const LOCAL_HAIR_COLORS: Record<string, string> = {
  black: "2c1b18",
  "dark brown": "4a312c",
  brown: "724133",
  auburn: "a55728",
  red: "c93305",
  blonde: "d6b370",
  platinum: "ecdcbf",
  gray: "9e9e9e",
  white: "e8e1e1",
};

// Several looks per style so two avatars with the same attributes still differ; bald has no "top".
export const LOCAL_HAIR_TOPS: Record<string, string[]> = {
  short: ["shortFlat", "shortRound", "shortWaved", "theCaesarAndSidePart", "sides"],
  "buzz cut": ["theCaesar"],
  pixie: ["shortWaved", "shaggy"],
  bob: ["bob"],
  "shoulder-length": ["longButNotTooLong", "straight02", "shaggyMullet"],
  "long straight": ["straight01", "straight02", "straightAndStrand", "miaWallace"],
  "long wavy": ["curvy", "bigHair"],
  curly: ["curly", "shortCurly", "frizzle"],
  afro: ["fro", "froBand"],
  braids: ["frida"],
  dreadlocks: ["dreads", "dreads01", "dreads02"],
  bun: ["bun"],
  ponytail: ["longButNotTooLong"],
};

export const DEFAULT_HAIR_BY_GENDER: Record<string, string[]> = {
  female: ["long straight", "long wavy", "bob", "bun", "curly", "shoulder-length", "afro", "braids", "pixie"],
  male: ["short", "short", "buzz cut", "curly", "dreadlocks", "afro"],
  "non-binary": ["short", "pixie", "bob", "curly", "shoulder-length", "dreadlocks"],
  any: ["short", "long straight", "long wavy", "bob", "bun", "curly", "shoulder-length", "afro", "buzz cut", "dreadlocks"],
};

const NATURAL_HAIR = ["black", "black", "dark brown", "brown", "auburn", "red", "blonde"];
const CLOTHING_BY_STYLE: Record<string, string[]> = {
  "corporate headshot": ["blazerAndShirt", "blazerAndSweater", "collarAndSweater"],
  editorial: ["blazerAndShirt", "collarAndSweater", "shirtVNeck"],
  fitness: ["shirtCrewNeck", "shirtScoopNeck"],
  casual: ["hoodie", "shirtCrewNeck", "shirtVNeck", "graphicShirt", "overall"],
};
const ALL_CLOTHING = ["blazerAndShirt", "blazerAndSweater", "collarAndSweater", "graphicShirt", "hoodie", "shirtCrewNeck", "shirtScoopNeck", "shirtVNeck"];
const CLOTHES_COLORS = ["262e33", "5199e4", "25557c", "e6e6e6", "929598", "3c4f5c", "a7ffc4", "ff5c5c", "ffffff"];
const GRAPHICS = ["bat", "bear", "deer", "diamond", "pizza", "skullOutline"];
const GLASSES = ["prescription01", "prescription02", "round"];
const BEARDS = ["beardLight", "beardMedium", "beardMajestic"];
const BACKGROUNDS = ["e8e4df", "d9e2ec", "f1e7dc", "cfd8d3", "e6dde8", "c9d6df", "f4f4f4", "3a3f47"];

export interface Framing {
  name: "front" | "turned" | "waist-up" | "close-up";
  /** Avatar edge as a fraction of the canvas's base size (> 1 crops in). */
  scale: number;
  /** Horizontal shift as a fraction of the base size. */
  shiftX: number;
  /** Where the face centre lands, as a fraction of the canvas height. */
  faceY: number;
}

export interface LocalAvatarIdentity {
  skinColor: string;
  hairColor: string;
  /** avataaars "top" (hair style); null draws a bald head. */
  top: string | null;
  facialHair: string | null;
  accessories: string | null;
  clothing: string;
  clothesColor: string;
  clothingGraphic: string;
}

export interface LocalAvatarVariation {
  eyes: string;
  eyebrows: string;
  mouth: string;
  flip: boolean;
  backgroundColor: string;
  framing: Framing;
}

/** One preset per VARIATION_INSTRUCTIONS entry in lib/avatars/build-prompt.ts, in the same order. */
const VARIATION_PRESETS: Omit<LocalAvatarVariation, "backgroundColor">[] = [
  { eyes: "default", eyebrows: "defaultNatural", mouth: "default", flip: false, framing: { name: "front", scale: 0.95, shiftX: 0, faceY: 0.45 } },
  { eyes: "default", eyebrows: "raisedExcitedNatural", mouth: "smile", flip: false, framing: { name: "turned", scale: 0.95, shiftX: -0.08, faceY: 0.45 } },
  { eyes: "happy", eyebrows: "raisedExcitedNatural", mouth: "twinkle", flip: true, framing: { name: "waist-up", scale: 0.8, shiftX: 0.07, faceY: 0.5 } },
  { eyes: "side", eyebrows: "flatNatural", mouth: "serious", flip: false, framing: { name: "close-up", scale: 1.2, shiftX: 0, faceY: 0.48 } },
];
const EYES = ["default", "happy", "side", "squint", "wink", "surprised"];
const EYEBROWS = ["defaultNatural", "raisedExcitedNatural", "flatNatural", "upDownNatural", "frownNatural"];
const MOUTHS = ["default", "smile", "twinkle", "serious"];

/** A stable 32-bit number per (key, field), so each choice is independent of the others. */
function hashInt(...parts: (string | number)[]) {
  return createHash("sha256").update(parts.join("\u0000")).digest().readUInt32BE(0);
}

function pick<T>(list: readonly T[], ...parts: (string | number)[]): T {
  return list[hashInt(...parts) % list.length];
}

function chance(percent: number, ...parts: (string | number)[]) {
  return hashInt(...parts) % 100 < percent;
}

/**
 * Whose face this is: the avatar's identitySeed, else the reference image's bytes, else the request seed
 * (a fresh generation with no identity is a new person per seed).
 */
export function localIdentityKey(request: Pick<ImageRequest, "seed" | "identitySeed" | "reference">) {
  if (request.identitySeed) return `identity:${request.identitySeed}`;
  if (request.reference) return `reference:${createHash("sha256").update(request.reference.data).digest("hex").slice(0, 24)}`;
  return `seed:${request.seed}`;
}

/** The table's entry for `word`, when it has one (never an inherited property). */
function entryFor<T>(table: Record<string, T>, word: string | undefined): T | undefined {
  return word !== undefined && Object.hasOwn(table, word) ? table[word] : undefined;
}

function defaultHairColor(key: string, attributes: ImageLook): string {
  if (attributes.ageRange === "65+") return pick([LOCAL_HAIR_COLORS.gray, LOCAL_HAIR_COLORS.white], key, "hairColor");
  if (attributes.ageRange === "55-64" && chance(50, key, "graying")) return LOCAL_HAIR_COLORS.gray;
  return LOCAL_HAIR_COLORS[pick(NATURAL_HAIR, key, "hairColor")];
}

/** Face, hair and outfit: a function of the identity key and the attributes only. */
export function deriveLocalIdentity(key: string, attributes: ImageLook = {}): LocalAvatarIdentity {
  const known = attributes.hairStyle === "bald" || entryFor(LOCAL_HAIR_TOPS, attributes.hairStyle) !== undefined;
  const hairStyle = known ? attributes.hairStyle! : pick(entryFor(DEFAULT_HAIR_BY_GENDER, attributes.gender) ?? DEFAULT_HAIR_BY_GENDER.any, key, "hairStyle");
  const bearded = (attributes.gender === "male" && chance(35, key, "beard")) || (!attributes.gender && chance(10, key, "beard"));
  return {
    skinColor: entryFor(LOCAL_SKIN_COLORS, attributes.skinTone) ?? pick(Object.values(LOCAL_SKIN_COLORS), key, "skin"),
    hairColor: entryFor(LOCAL_HAIR_COLORS, attributes.hairColor) ?? defaultHairColor(key, attributes),
    top: hairStyle === "bald" ? null : pick(LOCAL_HAIR_TOPS[hairStyle], key, "top"),
    facialHair: bearded ? pick(BEARDS, key, "beardStyle") : null,
    accessories: chance(12, key, "glasses") ? pick(GLASSES, key, "glassesStyle") : null,
    clothing: pick(entryFor(CLOTHING_BY_STYLE, attributes.style) ?? ALL_CLOTHING, key, "clothing"),
    clothesColor: pick(CLOTHES_COLORS, key, "clothesColor"),
    clothingGraphic: pick(GRAPHICS, key, "graphic"),
  };
}

/** Expression, background and framing: from the preset for variationIndex, or from the seed alone. */
export function deriveLocalVariation(key: string, seed: number, variationIndex?: number): LocalAvatarVariation {
  const backgroundColor = pick(BACKGROUNDS, key, seed, variationIndex ?? "", "background");
  if (variationIndex !== undefined) {
    const count = VARIATION_PRESETS.length;
    return { ...VARIATION_PRESETS[((Math.trunc(variationIndex) % count) + count) % count], backgroundColor };
  }
  return {
    eyes: pick(EYES, key, seed, "eyes"),
    eyebrows: pick(EYEBROWS, key, seed, "eyebrows"),
    mouth: pick(MOUTHS, key, seed, "mouth"),
    flip: chance(50, key, seed, "flip"),
    backgroundColor,
    framing: pick(VARIATION_PRESETS, key, seed, "framing").framing,
  };
}

export function deriveLocalAvatar(request: Pick<ImageRequest, "seed" | "identitySeed" | "reference" | "attributes" | "variationIndex">) {
  const key = localIdentityKey(request);
  return {
    identityKey: key,
    identity: deriveLocalIdentity(key, request.attributes),
    variation: deriveLocalVariation(key, request.seed, request.variationIndex),
  };
}
