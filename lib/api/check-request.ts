import { assertStorableText } from "./parse-request";
import { assertDeclaredLength } from "./read-body";
import { UPLOAD_BODY_LIMIT } from "./read-upload";

/**
 * What every REST request must pass before its handler runs, whatever it reads: path ids and query
 * values PostgreSQL can store (no NUL, no lone surrogate), and a declared body no larger than the
 * largest any route accepts. Each body reader then holds its own, smaller limit.
 */
export function checkRequest(req: Request, params: Record<string, string | string[]>) {
  assertStorableText(params, "path");
  const query: Record<string, string> = {};
  for (const [key, value] of new URL(req.url).searchParams) {
    assertStorableText(key, "query");
    query[key] = value;
  }
  assertStorableText(query, "query");
  assertDeclaredLength(req, UPLOAD_BODY_LIMIT);
}
