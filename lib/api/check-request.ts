import { NotFoundError } from "@/lib/errors";
import { assertStorableText } from "./parse-request";
import { assertDeclaredLength } from "./read-body";
import { UPLOAD_BODY_LIMIT } from "./read-upload";

/**
 * What every REST request must pass before its handler runs, whatever it reads: path ids and query
 * values PostgreSQL can store (no NUL, no lone surrogate), no `..` for an id, and a declared body no larger than the
 * largest any route accepts. Each body reader then holds its own, smaller limit.
 */
export function checkRequest(req: Request, params: Record<string, string | string[]>) {
  assertStorableText(params, "path");
  // A `.` or `..` id names no resource; a raw client can send one that no URL parser removed.
  for (const value of Object.values(params).flat()) if (value === "." || value === "..") throw new NotFoundError("API route");
  const query: Record<string, string> = {};
  for (const [key, value] of new URL(req.url).searchParams) {
    assertStorableText(key, "query");
    query[key] = value;
  }
  assertStorableText(query, "query");
  assertDeclaredLength(req, UPLOAD_BODY_LIMIT);
}
