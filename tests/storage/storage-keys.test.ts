import { describe, expect, it } from "vitest";
import { avatarImageKey, avatarPrefix, avatarThumbnailKey, extensionForMimeType, parseImageKey, projectPrefix } from "@/lib/storage/storage-keys";

describe("storage keys", () => {
  it("builds deterministic keys under one avatar prefix", () => {
    expect(projectPrefix("p1")).toBe("avatars/p1/");
    expect(avatarPrefix("p1", "a1")).toBe("avatars/p1/a1/");
    expect(avatarImageKey("p1", "a1", "i1", "png")).toBe("avatars/p1/a1/i1.png");
    expect(avatarImageKey("p1", "a1", "i1", ".JPG")).toBe("avatars/p1/a1/i1.jpg");
    expect(avatarThumbnailKey("p1", "a1", "i1")).toBe("avatars/p1/a1/i1.thumb.jpg");
    expect(avatarImageKey("p1", "a1", "i1", "png").startsWith(avatarPrefix("p1", "a1"))).toBe(true);
  });

  it("refuses ids that could escape the prefix", () => {
    expect(() => avatarPrefix("p1", "../a2")).toThrow();
    expect(() => avatarImageKey("p1", "a1", "i1/../../x", "png")).toThrow();
    expect(() => avatarImageKey("p1", "a1", "i1", "png/../x")).toThrow();
    expect(() => projectPrefix("")).toThrow();
  });

  it("maps image types to extensions", () => {
    expect(extensionForMimeType("image/jpeg")).toBe("jpg");
    expect(() => extensionForMimeType("image/gif")).toThrow();
  });

  it("reads the ids back out of an image or thumbnail key, and nothing out of other keys", () => {
    expect(parseImageKey(avatarImageKey("p1", "a1", "g1i0", "png"))).toEqual({ projectId: "p1", avatarId: "a1", imageId: "g1i0" });
    expect(parseImageKey(avatarThumbnailKey("p1", "a1", "g1i0"))).toEqual({ projectId: "p1", avatarId: "a1", imageId: "g1i0" });
    expect(parseImageKey("avatars/p1/a1")).toBeNull();
    expect(parseImageKey("exports/p1/x.zip")).toBeNull();
  });
});
