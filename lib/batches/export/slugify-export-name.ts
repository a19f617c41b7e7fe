/** ASCII, lowercase, dash-separated: "Zoë Müller-Łukasz" → "zoe-muller-lukasz". Safe in any ZIP tool. */
export function slugifyExportName(text: string, maxLength = 60): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[łŁ]/g, "l")
    .replace(/[øØ]/g, "o")
    .replace(/ß/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
}

const EXTENSIONS: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp", "image/gif": "gif" };

/**
 * A file name that cannot escape its folder ("../../x" → "x") and carries an extension that matches
 * the image type, so the exported file opens in a viewer.
 */
export function safeExportFilename(filename: string, mimeType: string, fallback: string): string {
  const base = filename.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  const stem = slugifyExportName(dot > 0 ? base.slice(0, dot) : base, 80) || slugifyExportName(fallback, 80) || "image";
  const given = dot > 0 ? base.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, "") : "";
  const extension = EXTENSIONS[mimeType.toLowerCase()] ?? (given || "bin");
  return `${stem}.${extension}`;
}

/** Returns `name`, or `name-2`, `name-3`… (before any extension) if it is already in `taken`; records the result. */
export function claimUniqueName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf(".");
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${stem}-${n}${extension}`;
  taken.add(candidate);
  return candidate;
}
