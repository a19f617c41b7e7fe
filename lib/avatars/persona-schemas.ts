import { z } from "zod";

/*
 * Persona and look of an avatar. The option lists are exported so a form can render them as selects and
 * the REST API, the structured-output prompt and the prompt builder all accept exactly the same values.
 * Values are lowercase phrases that read naturally inside a prompt ("long wavy", "corporate headshot").
 */

export const GENDERS = ["female", "male", "non-binary"] as const;
export const AGE_RANGES = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"] as const;
export const ETHNICITIES = [
  "black",
  "east asian",
  "hispanic",
  "middle eastern",
  "native american",
  "pacific islander",
  "south asian",
  "southeast asian",
  "white",
  "mixed",
] as const;
export const BODY_TYPES = ["slim", "athletic", "average", "curvy", "muscular", "plus-size"] as const;
export const HAIR_STYLES = [
  "short",
  "buzz cut",
  "pixie",
  "bob",
  "shoulder-length",
  "long straight",
  "long wavy",
  "curly",
  "afro",
  "braids",
  "dreadlocks",
  "bun",
  "ponytail",
  "bald",
] as const;
export const HAIR_COLORS = ["black", "dark brown", "brown", "auburn", "red", "blonde", "platinum", "gray", "white"] as const;
export const EYE_COLORS = ["brown", "dark brown", "hazel", "amber", "green", "blue", "gray"] as const;
export const SKIN_TONES = ["light", "fair", "medium", "olive", "tan", "brown", "dark"] as const;
export const PHOTO_STYLES = [
  "photorealistic",
  "editorial",
  "corporate headshot",
  "casual",
  "lifestyle",
  "fashion",
  "cinematic",
  "fitness",
] as const;

export type Gender = (typeof GENDERS)[number];
export type AgeRange = (typeof AGE_RANGES)[number];
export type Ethnicity = (typeof ETHNICITIES)[number];
export type BodyType = (typeof BODY_TYPES)[number];
export type HairStyle = (typeof HAIR_STYLES)[number];
export type HairColor = (typeof HAIR_COLORS)[number];
export type EyeColor = (typeof EYE_COLORS)[number];
export type SkinTone = (typeof SKIN_TONES)[number];
export type PhotoStyle = (typeof PHOTO_STYLES)[number];

/** Every field a UI renders as a select, with its options, in display order. */
export const VISUAL_ATTRIBUTE_OPTIONS = {
  gender: GENDERS,
  ageRange: AGE_RANGES,
  ethnicity: ETHNICITIES,
  bodyType: BODY_TYPES,
  hairStyle: HAIR_STYLES,
  hairColor: HAIR_COLORS,
  eyeColor: EYE_COLORS,
  skinTone: SKIN_TONES,
  style: PHOTO_STYLES,
} as const;

export const visualAttributesSchema = z.object({
  gender: z.enum(GENDERS).optional(),
  ageRange: z.enum(AGE_RANGES).optional(),
  ethnicity: z.enum(ETHNICITIES).optional(),
  bodyType: z.enum(BODY_TYPES).optional(),
  hairStyle: z.enum(HAIR_STYLES).optional(),
  hairColor: z.enum(HAIR_COLORS).optional(),
  eyeColor: z.enum(EYE_COLORS).optional(),
  skinTone: z.enum(SKIN_TONES).optional(),
  style: z.enum(PHOTO_STYLES).optional(),
});
export type VisualAttributes = z.infer<typeof visualAttributesSchema>;

export const personaSchema = z.object({
  name: z.string().trim().min(1, "Name cannot be empty").max(80, "Name must be at most 80 characters").optional(),
  age: z.number().int("Age must be a whole number").min(1, "Age must be between 1 and 120").max(120, "Age must be between 1 and 120").optional(),
  personalityTraits: z
    .array(z.string().trim().min(1, "A trait cannot be empty").max(40, "Each trait must be at most 40 characters"))
    .max(10, "At most 10 personality traits")
    .optional(),
  background: z.string().trim().max(2000, "Background must be at most 2000 characters").optional(),
});
export type Persona = z.infer<typeof personaSchema>;

export interface ImageSize {
  width: number;
  height: number;
  label: string;
}

export const IMAGE_SIZES = [
  { width: 512, height: 512, label: "512 × 512 (square, fast)" },
  { width: 768, height: 768, label: "768 × 768 (square)" },
  { width: 1024, height: 1024, label: "1024 × 1024 (square)" },
  { width: 832, height: 1216, label: "832 × 1216 (portrait)" },
  { width: 1216, height: 832, label: "1216 × 832 (landscape)" },
  { width: 1024, height: 1536, label: "1024 × 1536 (tall portrait)" },
  { width: 1536, height: 1024, label: "1536 × 1024 (wide landscape)" },
] as const satisfies readonly ImageSize[];

export const DEFAULT_IMAGE_SIZE = IMAGE_SIZES[2];

/** "1024x1024": the form a select or a query string carries. */
export function imageSizeId(size: { width: number; height: number }) {
  return `${size.width}x${size.height}`;
}

/** "832x1216" → `{ width: 832, height: 1216 }`; a missing part stays undefined for the schema to refuse. */
export function imageSizeFromId(id: string): { width?: number; height?: number } {
  const [width, height] = id.split("x").map((part) => (part ? Number(part) : undefined));
  return { width, height };
}

const allowedSizes = IMAGE_SIZES.map(imageSizeId).join(", ");

export const UNSUPPORTED_IMAGE_SIZE = `Unsupported image size. Allowed: ${allowedSizes}`;

export function isAllowedImageSize(size: { width: number; height: number }) {
  return IMAGE_SIZES.some((allowed) => allowed.width === size.width && allowed.height === size.height);
}

/** `{ width, height }`, one of IMAGE_SIZES; omitted means DEFAULT_IMAGE_SIZE. */
export const imageSizeSchema = z
  .object({ width: z.number().int(), height: z.number().int() })
  .refine(isAllowedImageSize, { message: UNSUPPORTED_IMAGE_SIZE });

/** "832x1216" → `{ width: 832, height: 1216 }`, for form fields and query strings. */
export const imageSizeIdSchema = z
  .string()
  .trim()
  .regex(/^\d+x\d+$/, `Image size must look like 1024x1024. Allowed: ${allowedSizes}`)
  .transform(imageSizeFromId)
  .pipe(imageSizeSchema);
