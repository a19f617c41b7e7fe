import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/lib/auth/current-user", () => ({ requireActionUser: async () => ({ id: "user-1", email: "a@example.com", name: null }) }));
const requestTrainingSet = vi.fn();
vi.mock("@/lib/training/request-training-set", () => ({ requestTrainingSet: (...args: unknown[]) => requestTrainingSet(...args) }));
const rejectSeedImage = vi.fn();
vi.mock("@/lib/avatars/reject-seed-image", () => ({ rejectSeedImage: (...args: unknown[]) => rejectSeedImage(...args) }));
const uploadSeedImage = vi.fn();
vi.mock("@/lib/avatars/upload-seed-image", () => ({ uploadSeedImage: (...args: unknown[]) => uploadSeedImage(...args) }));

const { requestTrainingSetAction } = await import("@/lib/actions/training/request-training-set");
const { rejectSeedImageAction } = await import("@/lib/actions/seed/reject-seed-image");
const { uploadSeedImageAction } = await import("@/lib/actions/seed/upload-seed-image");
const { revalidatePath } = await import("next/cache");

function form(fields: [string, string | File][]) {
  const data = new FormData();
  for (const [key, value] of fields) data.append(key, value);
  return data;
}
const where: [string, string][] = [
  ["avatarId", "av1"],
  ["projectId", "p1"],
];

beforeEach(() => vi.clearAllMocks());

describe("seed-image actions", () => {
  it("check the avatar id and the fields, with errors keyed as the form's fields", async () => {
    const tooLong = await rejectSeedImageAction({}, form([...where, ["reason", "x".repeat(501)]]));
    expect(tooLong).toMatchObject({ error: "Reason must be at most 500 characters", fieldErrors: { reason: ["Reason must be at most 500 characters"] } });
    const noAvatar = await rejectSeedImageAction({}, form([["projectId", "p1"]]));
    expect(noAvatar.fieldErrors).toEqual({ avatarId: ["Avatar is required"] });
    expect(rejectSeedImage).not.toHaveBeenCalled();
  });

  it("an empty field counts as not given, and the avatar page is refreshed after", async () => {
    expect(await rejectSeedImageAction({}, form([...where, ["reason", ""]]))).toMatchObject({ ok: expect.any(Number) });
    expect(rejectSeedImage).toHaveBeenCalledWith("user-1", "av1", undefined);
    expect(revalidatePath).toHaveBeenCalledWith("/projects/p1/avatars/av1");
  });

  it("an upload without a file asks for one; a file is passed on as bytes", async () => {
    const empty = await uploadSeedImageAction({}, form([...where, ["file", new File([], "")]]));
    expect(empty).toMatchObject({ error: "Choose an image to upload", fieldErrors: { file: ["Choose an image to upload"] } });
    await uploadSeedImageAction({}, form([...where, ["file", new File(["png"], "face.png", { type: "image/png" })]]));
    expect(uploadSeedImage).toHaveBeenCalledWith("user-1", "av1", { data: Buffer.from("png"), claimedType: "image/png", filename: "face.png" });
  });
});

describe("training-set action", () => {
  it("with no prompt chosen asks beside the extra-prompts field", async () => {
    const state = await requestTrainingSetAction({}, form([...where, ["extraPrompts", "  \n"]]));
    const message = "Choose at least one prompt, or write your own below";
    expect(state).toMatchObject({ error: message, fieldErrors: { extraPrompts: [message] } });
    expect(requestTrainingSet).not.toHaveBeenCalled();
  });

  it("a bad extra prompt is shown beside the textarea; good ones go with the checked ones", async () => {
    const bad = await requestTrainingSetAction({}, form([...where, ["prompt", "walking"], ["extraPrompts", "x".repeat(301)]]));
    expect(bad.fieldErrors?.extraPrompts).toEqual(["Each prompt must be at most 300 characters"]);
    await requestTrainingSetAction({}, form([...where, ["prompt", "walking"], ["extraPrompts", "reading\r\n\ncooking"], ["provider", "local"]]));
    expect(requestTrainingSet).toHaveBeenCalledWith("user-1", "av1", { prompts: ["walking", "reading", "cooking"], provider: "local" });
  });
});
