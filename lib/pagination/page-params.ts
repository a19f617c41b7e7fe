import { z } from "zod";
import { BadRequestError } from "@/lib/errors";
import { isUnsafeText } from "@/lib/validation/unsafe-text";

export const pageParamsSchema = z.strictObject({
  cursor: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int("limit must be a whole number")
    .min(1, "limit must be between 1 and 100")
    .max(100, "limit must be between 1 and 100")
    .default(24),
});

export type PageParams = z.infer<typeof pageParamsSchema> & {
  /** Set by pages (pageParamsFromSearch), never by REST: a cursor naming no row shows the first page instead of a 400. */
  invalidCursor?: "first-page";
};

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A cursor that no page of this list handed out (made up, another list's, or another user's). */
export function invalidCursorError() {
  return new BadRequestError("Invalid cursor", { cursor: ["Invalid cursor: use the nextCursor of the previous page"] });
}

/**
 * Keyset pagination over rows ordered newest first by (createdAt, id). Fetches one extra row to know
 * whether another page exists; the cursor is the last row's id. A cursor naming no row that
 * `fetchRows` can see is refused, not answered with an empty page.
 */
export async function paginate<T extends { id: string }>(
  params: PageParams,
  fetchRows: (args: { take: number; cursor?: { id: string }; skip?: number }) => Promise<T[]>,
): Promise<Page<T>> {
  const rows = await fetchRows({
    take: params.limit + 1,
    ...(params.cursor ? { cursor: { id: params.cursor }, skip: 1 } : {}),
  });
  if (params.cursor && rows.length === 0) {
    const [cursorRow] = await fetchRows({ take: 1, cursor: { id: params.cursor } });
    if (!cursorRow && params.invalidCursor === "first-page") return paginate({ limit: params.limit }, fetchRows);
    if (!cursorRow) throw invalidCursorError();
  }
  const items = rows.slice(0, params.limit);
  return { items, nextCursor: rows.length > params.limit ? items[items.length - 1].id : null };
}

export const newestFirst: [{ createdAt: "desc" }, { id: "desc" }] = [{ createdAt: "desc" }, { id: "desc" }];

/** What a page's URL may carry: `?cursor=` once, or several times when hand-edited. */
export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Page parameters for a page (not REST): the page's own size, and the cursor from `?cursor=` checked
 * as REST checks it; a malformed cursor, or one naming no row, shows the first page instead of an error.
 */
export function pageParamsFromSearch(search: SearchParams, limit: number): PageParams {
  const cursor = pageParamsSchema.shape.cursor.safeParse(search.cursor);
  const usable = cursor.success && cursor.data !== undefined && !isUnsafeText(cursor.data);
  return { limit, cursor: usable ? cursor.data : undefined, invalidCursor: "first-page" };
}
