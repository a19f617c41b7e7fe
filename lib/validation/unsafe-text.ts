/**
 * Text PostgreSQL cannot store: a NUL character (22021 in text columns) or a lone UTF-16 surrogate
 * (22P05 in JSON columns, and never valid Unicode). Every door refuses it before a query runs.
 */
// eslint-disable-next-line no-control-regex -- the NUL character is exactly what this looks for
const UNSAFE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_MESSAGE = "contains a NUL character or broken Unicode; remove it and try again";
/** The same, as shown beside a field. */
export const UNSAFE_TEXT_FIELD_MESSAGE = "Contains a NUL character or broken Unicode; remove it and try again";

export function isUnsafeText(value: string): boolean {
  return UNSAFE_TEXT.test(value);
}

/**
 * The path ("name", "persona.traits.0", or "" for the value itself) of the first string (key or
 * value) in a parsed JSON value that PostgreSQL would refuse; undefined when all of it is storable.
 */
export function findUnsafeText(value: unknown, path = ""): string | undefined {
  if (typeof value === "string") return isUnsafeText(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findUnsafeText(value[index], path ? `${path}.${index}` : String(index));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value && typeof value === "object") {
    for (const [key, entry] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (isUnsafeText(key)) return at;
      const found = findUnsafeText(entry, at);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
