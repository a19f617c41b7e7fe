import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/lib/auth/current-user", () => ({ requireActionUser: async () => ({ id: "user-1", email: "a@example.com", name: null }) }));
const keepReviewItem = vi.fn();
vi.mock("@/lib/review/keep-review-item", () => ({ keepReviewItem: (...args: unknown[]) => keepReviewItem(...args) }));
const rejectReviewItem = vi.fn();
vi.mock("@/lib/review/reject-review-item", () => ({ rejectReviewItem: (...args: unknown[]) => rejectReviewItem(...args) }));

const { keepReviewItemAction } = await import("@/lib/actions/review/keep-review-item");
const { rejectReviewItemAction } = await import("@/lib/actions/review/reject-review-item");
const { revalidatePath } = await import("next/cache");
const { NotFoundError } = await import("@/lib/errors");

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

beforeEach(() => vi.clearAllMocks());

describe("review queue actions", () => {
  it("keep and reject run the same functions as REST for the signed-in user, then refresh the queue", async () => {
    expect(await keepReviewItemAction({}, form({ imageId: "img1", projectId: "p1" }))).toMatchObject({ ok: expect.any(Number), result: { imageId: "img1" } });
    expect(keepReviewItem).toHaveBeenCalledWith("user-1", "img1");
    await rejectReviewItemAction({}, form({ imageId: "img2", projectId: "p1" }));
    expect(rejectReviewItem).toHaveBeenCalledWith("user-1", "img2");
    expect(revalidatePath).toHaveBeenCalledWith("/projects/p1/review");
  });

  it("check the ids first, and show a domain error as the message", async () => {
    expect((await keepReviewItemAction({}, form({ projectId: "p1" }))).fieldErrors).toEqual({ imageId: ["Image is required"] });
    expect((await keepReviewItemAction({}, form({ imageId: "x".repeat(101), projectId: "p1" }))).fieldErrors).toEqual({ imageId: ["Image id is too long"] });
    expect(keepReviewItem).not.toHaveBeenCalled();
    rejectReviewItem.mockRejectedValueOnce(new NotFoundError("Image"));
    expect(await rejectReviewItemAction({}, form({ imageId: "bob's", projectId: "p1" }))).toMatchObject({ error: "Image not found" });
  });
});
