import { describe, expect, it } from "vitest";
import { avatarListQuerySchema } from "@/lib/avatars/avatar-list-query";
import { pageParamsFromSearch, pageParamsSchema } from "@/lib/pagination/page-params";

describe("page parameters", () => {
  it("pages take the cursor as REST checks it; a malformed one shows the first page", () => {
    expect(pageParamsFromSearch({ cursor: "abc" }, 24)).toEqual({ limit: 24, cursor: "abc" });
    expect(pageParamsFromSearch({}, 20)).toEqual({ limit: 20, cursor: undefined });
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
