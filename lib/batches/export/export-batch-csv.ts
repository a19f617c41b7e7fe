import type { BatchExportInput, BatchExportPersona } from "./batch-export-types";

export const BATCH_CSV_COLUMNS = [
  "id",
  "name",
  "age",
  "gender",
  "ethnicity",
  "bio",
  "traits",
  "baseImageUrl",
  "variationImageUrls",
  "status",
] as const;

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
  return [
    persona.id,
    persona.name,
    persona.age,
    persona.gender,
    persona.ethnicity,
    persona.bio,
    persona.personalityTraits.join("; "),
    persona.baseImageUrl,
    persona.variationImageUrls.join(" "),
    persona.status,
  ];
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
