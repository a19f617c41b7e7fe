import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES, uploadSelectionProblem } from "@/lib/images/upload-limits";
import { validateImageUpload } from "@/lib/images/validate-upload";

describe("the browser's check of a chosen file says what the server would", () => {
  it("takes PNG, JPEG and WebP up to the limit, by type or (with no type) by extension", () => {
    expect(uploadSelectionProblem({ type: "image/png", size: 1000, name: "a.png" })).toBeNull();
    expect(uploadSelectionProblem({ type: "image/jpeg", size: MAX_UPLOAD_BYTES, name: "a.jpg" })).toBeNull();
    expect(uploadSelectionProblem({ type: "", size: 1000, name: "photo.WEBP" })).toBeNull();
  });

  it("refuses other types, oversize and empty files with the server's messages", async () => {
    expect(uploadSelectionProblem({ type: "image/gif", size: 1000, name: "a.gif" })).toBe(UPLOAD_MESSAGES.invalidType);
    expect(uploadSelectionProblem({ type: "", size: 1000, name: "notes.txt" })).toBe(UPLOAD_MESSAGES.invalidType);
    expect(uploadSelectionProblem({ type: "image/png", size: MAX_UPLOAD_BYTES + 1, name: "big.png" })).toBe(UPLOAD_MESSAGES.tooLarge);
    expect(uploadSelectionProblem({ type: "image/png", size: 0, name: "empty.png" })).toBe(UPLOAD_MESSAGES.empty);

    const server = (upload: Parameters<typeof validateImageUpload>[0]) => validateImageUpload(upload).then(() => null, (error: Error) => error.message);
    expect(await server({ data: Buffer.from("GIF89a"), claimedType: "image/gif", filename: "a.gif" })).toBe(UPLOAD_MESSAGES.invalidType);
    expect(await server({ data: Buffer.alloc(MAX_UPLOAD_BYTES + 1), claimedType: "image/png" })).toBe(UPLOAD_MESSAGES.tooLarge);
    expect(await server({ data: Buffer.alloc(0), claimedType: "image/png" })).toBe(UPLOAD_MESSAGES.empty);
  });
});
