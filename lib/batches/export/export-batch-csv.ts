import type { BatchExportInput, BatchExportPersona } from "./batch-export-types";

/**
 * The persona generator's columns (seed 000: `firstname, lastname, …, base_image_url, image_1_url …
 * image_4_url`), so sheets and scripts built on its results read ours unchanged.
 */
export const BATCH_CSV_COLUMNS = [
  "firstname",
  "lastname",
  "age",
  "gender",
  "ethnicity",
  "bio",
  "personality_traits",
  "status",
  "avatar_id",
  "base_image_url",
  "image_1_url",
  "image_2_url",
  "image_3_url",
  "image_4_url",
] as const;

export type BatchCsvColumn = (typeof BATCH_CSV_COLUMNS)[number];

/** "Zoë van der Berg" → ["Zoë", "van der Berg"]: the first word is the first name. */
function splitName(name: string): [string, string] {
  const [first = "", ...rest] = name.trim().split(/\s+/);
  return [first, rest.join(" ")];
}

/** One persona under the persona generator's column names (the JSON export carries them too). */
export function personaGeneratorFields(persona: BatchExportPersona): Record<BatchCsvColumn, string | number | null> {
  const [firstname, lastname] = splitName(persona.name);
  const variation = (i: number) => persona.variationImageUrls[i] ?? null;
  return {
    firstname,
    lastname,
    age: persona.age,
    gender: persona.gender,
    ethnicity: persona.ethnicity,
    bio: persona.bio,
    personality_traits: persona.personalityTraits.join("; "),
    status: persona.status,
    avatar_id: persona.id,
    base_image_url: persona.baseImageUrl,
    image_1_url: variation(0),
    image_2_url: variation(1),
    image_3_url: variation(2),
    image_4_url: variation(3),
  };
}

export interface BatchCsvOptions {
  /**
   * Prefix text cells that start with = + - @ (or a tab/CR) with an apostrophe, so a spreadsheet shows
   * them instead of running them as formulas (CSV injection). On by default; turn off for machine use.
   */
  guardFormulas?: boolean;
  /** Start with a UTF-8 byte order mark so Excel reads accented names correctly. Off by default. */
  byteOrderMark?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180: quote a field holding a comma, quote, CR or LF, and double the quotes inside it. */
export function encodeCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function row(persona: BatchExportPersona): (string | number | null)[] {
  const fields = personaGeneratorFields(persona);
  return BATCH_CSV_COLUMNS.map((column) => fields[column]);
}

/** One header line and one line per persona, CRLF-terminated as RFC 4180 asks. */
export function exportBatchCsv(input: BatchExportInput, options: BatchCsvOptions = {}): string {
  const guard = options.guardFormulas ?? true;
  const cell = (value: string | number | null) => {
    if (value === null) return "";
    if (typeof value === "number") return String(value);
    return encodeCsvField(guard && FORMULA_START.test(value) ? `'${value}` : value);
  };
  const lines = [BATCH_CSV_COLUMNS.join(","), ...input.personas.map((persona) => row(persona).map(cell).join(","))];
  return `${options.byteOrderMark ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}
