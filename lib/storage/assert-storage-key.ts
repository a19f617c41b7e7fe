import { BadRequestError } from "@/lib/errors";

// Conservative on purpose: every key the app writes is built from ids and fixed names (storage-keys.ts),
// so anything else (.., backslashes, %, absolute paths) is a bug or an attack and is refused by both drivers.
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

function assertSegments(value: string, what: "key" | "prefix") {
  if (typeof value !== "string" || value.length === 0 || value.length > 1024) {
    throw new BadRequestError(`Invalid storage ${what}: it must be 1–1024 characters`);
  }
  const segments = value.split("/");
  if (what === "prefix" && segments.at(-1) === "") segments.pop();
  for (const segment of segments) {
    if (!SEGMENT.test(segment)) {
      throw new BadRequestError(`Invalid storage ${what} "${value.slice(0, 120)}": segments may use letters, digits, ".", "_" and "-", and may not start with "."`);
    }
  }
}

/** Throws BadRequestError unless `key` is a safe relative object key. */
export function assertStorageKey(key: string) {
  assertSegments(key, "key");
}

/** Like assertStorageKey, but a trailing "/" is allowed (and usual). */
export function assertStoragePrefix(prefix: string) {
  assertSegments(prefix, "prefix");
}
