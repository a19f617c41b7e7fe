import { describe, expect, it } from "vitest";
import { avatarListQuerySchema } from "@/lib/avatars/avatar-list-query";
import { pageParamsFromSearch, pageParamsSchema, paginate } from "@/lib/pagination/page-params";

describe("page parameters", () => {
  it("pages take the cursor as REST checks it; a malformed one shows the first page", () => {
    expect(pageParamsFromSearch({ cursor: "abc" }, 24)).toEqual({ limit: 24, cursor: "abc", invalidCursor: "first-page" });
    expect(pageParamsFromSearch({}, 20)).toEqual({ limit: 20, cursor: undefined, invalidCursor: "first-page" });
    expect(pageParamsFromSearch({ cursor: "a\u0000b" }, 24).cursor).toBeUndefined();
    expect(pageParamsFromSearch({ cursor: "" }, 24).cursor).toBeUndefined();
    expect(pageParamsFromSearch({ cursor: ["a", "b"] }, 24).cursor).toBeUndefined();
    expect(pageParamsFromSearch({ cursor: "x".repeat(101) }, 24).cursor).toBeUndefined();
  });

  it("the avatar list query is the shared page parameters plus its batch filter", () => {
    expect(avatarListQuerySchema.parse({ batchId: "b1" })).toEqual({ limit: 24, batchId: "b1", sort: "newest" });
    for (const limit of ["0", "101", "abc"]) {
      expect(avatarListQuerySchema.safeParse({ limit }).error?.issues[0].message).toBe(pageParamsSchema.safeParse({ limit }).error?.issues[0].message);
    }
  });
});

describe("paginate", () => {
  const rows = [{ id: "c" }, { id: "b" }, { id: "a" }];
  // Stands in for Prisma's cursor: the rows after (skip 1) or from the cursor row; none when it is unknown.
  const fetchRows = async ({ take, cursor, skip = 0 }: { take: number; cursor?: { id: string }; skip?: number }) => {
    if (!cursor) return rows.slice(0, take);
    const at = rows.findIndex((row) => row.id === cursor.id);
    return at < 0 ? [] : rows.slice(at + skip, at + skip + take);
  };

  it("refuses a cursor that names no row of the list with 400 Invalid cursor, not an empty page", async () => {
    await expect(paginate({ limit: 2, cursor: "garbage" }, fetchRows)).rejects.toMatchObject({ code: "invalid_input", message: "Invalid cursor" });
  });

  it("a page (not REST) shows the first page for a cursor that names no row", async () => {
    expect(await paginate(pageParamsFromSearch({ cursor: "garbage" }, 2), fetchRows)).toEqual({ items: [{ id: "c" }, { id: "b" }], nextCursor: "b" });
  });

  it("the last row's cursor still reads as an empty last page", async () => {
    expect(await paginate({ limit: 2, cursor: "a" }, fetchRows)).toEqual({ items: [], nextCursor: null });
    expect(await paginate({ limit: 2 }, fetchRows)).toEqual({ items: [{ id: "c" }, { id: "b" }], nextCursor: "b" });
  });
});
