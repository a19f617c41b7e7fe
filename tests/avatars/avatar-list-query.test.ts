import { describe, expect, it } from "vitest";
import { avatarListQueryFromSearch, avatarListQuerySchema } from "@/lib/avatars/avatar-list-query";
import { bulkRefusal } from "@/lib/avatars/bulk/bulk-refusal";

describe("the avatar grid's query", () => {
  it("reads search, status, batch, sort and cursor; empty fields are no filter", () => {
    expect(avatarListQuerySchema.parse({ q: " maya ", status: "draft", batchId: "b1", sort: "name", cursor: "c1", limit: "10" })).toEqual({
      q: "maya",
      status: "draft",
      batchId: "b1",
      sort: "name",
      cursor: "c1",
      limit: 10,
    });
    expect(avatarListQuerySchema.parse({ q: "", status: "", batchId: "", sort: "", cursor: "" })).toEqual({ limit: 24, sort: "newest" });
  });

  it("names the bad field, and refuses unknown ones", () => {
    const message = (input: Record<string, unknown>) => avatarListQuerySchema.safeParse(input).error?.issues[0]?.message;
    expect(message({ status: "lost" })).toBe("status must be one of: pending_upload, draft, approved, rejected");
    expect(message({ sort: "random" })).toBe("sort must be one of: newest, oldest, name");
    expect(message({ q: "x".repeat(101) })).toBe("q must be at most 100 characters");
    expect(avatarListQuerySchema.safeParse({ colour: "red" }).success).toBe(false);
  });

  it("the page keeps the good values of its URL and drops the bad ones instead of failing", () => {
    expect(avatarListQueryFromSearch({ q: ["lena", "x"], status: "lost", sort: "oldest", cursor: "x".repeat(500) }, 24)).toEqual({ q: "lena", sort: "oldest", limit: 24 });
  });
});

describe("why a bulk action skips a persona", () => {
  const avatar = (state: Partial<Parameters<typeof bulkRefusal>[1]> = {}) => ({
    baseImageStatus: "pending_upload" as const,
    appearanceLocked: false,
    baseImageId: null,
    generatingBase: false,
    ...state,
  });
  it("says it in a few words, from the seed-image rules", () => {
    expect(bulkRefusal("generate-base", avatar())).toBeNull();
    expect(bulkRefusal("generate-base", avatar({ baseImageStatus: "draft", baseImageId: "i" }))).toBe("already has a base image");
    expect(bulkRefusal("generate-base", avatar({ generatingBase: true }))).toBe("a base image is already being generated");
    expect(bulkRefusal("approve", avatar({ baseImageStatus: "draft", baseImageId: "i" }))).toBeNull();
    expect(bulkRefusal("approve", avatar({ baseImageStatus: "rejected", baseImageId: "i" }))).toBe("not a draft");
    expect(bulkRefusal("variations", avatar({ baseImageStatus: "approved", baseImageId: "i", appearanceLocked: true }))).toBeNull();
    expect(bulkRefusal("training-set", avatar({ baseImageStatus: "draft", baseImageId: "i" }))).toBe("no approved base image");
    expect(bulkRefusal("delete", avatar())).toBeNull();
  });
});
