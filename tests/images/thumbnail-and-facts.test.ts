import { createHash } from "node:crypto";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { imageFacts } from "@/lib/images/image-facts";
import { makeThumbnail } from "@/lib/images/make-thumbnail";

describe("makeThumbnail", () => {
  it.each([
    [1024, 1024],
    [832, 1216],
    [1536, 1024],
  ])("turns a %i×%i PNG into a 300×300 JPEG", async (width, height) => {
    const png = await sharp({ create: { width, height, channels: 4, background: { r: 10, g: 200, b: 90, alpha: 0.5 } } }).png().toBuffer();
    const thumbnail = await makeThumbnail(png);
    expect(thumbnail).toMatchObject({ mimeType: "image/jpeg", width: 300, height: 300 });
    expect(await sharp(thumbnail.data).metadata()).toMatchObject({ format: "jpeg", width: 300, height: 300, channels: 3 });
  });
});

describe("imageFacts", () => {
  it("reports md5, byte size, dimensions and type", async () => {
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#123456" } }).png().toBuffer();
    expect(await imageFacts(png)).toEqual({
      md5: createHash("md5").update(png).digest("hex"),
      sizeBytes: png.length,
      width: 64,
      height: 48,
      mimeType: "image/png",
    });
  });

  it("throws on bytes that are not an image", async () => {
    await expect(imageFacts(Buffer.from("nope"))).rejects.toThrow();
  });
});
