import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from "@/lib/errors";
import { validateImageUpload } from "@/lib/images/validate-upload";

const TYPE_MESSAGE = "Invalid file type. Allowed: image/png, image/jpeg, image/webp";
let png: Buffer;
let jpeg: Buffer;
let webp: Buffer;

function photo() {
  // A gradient, so the encoders have real pixels to work on.
  const width = 320;
  const height = 200;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) pixels.set([i % width, (i / width) % 256, 128], i * 3);
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

/** A valid PNG whose header claims width × height of 1-bit pixels: tiny on disk, huge once decoded. */
function decompressionBomb(width: number, height: number) {
  const chunk = (type: string, body: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, "latin1"), body]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8); // 1-bit greyscale
  const row = Buffer.alloc(1 + Math.ceil(width / 8));
  const rows = Buffer.alloc(row.length * height); // all zero: filter 0, black pixels
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function rejection(upload: Parameters<typeof validateImageUpload>[0]) {
  return validateImageUpload(upload).then(
    () => {
      throw new Error("expected the upload to be rejected");
    },
    (err: Error) => err,
  );
}

beforeAll(async () => {
  png = await photo().png().toBuffer();
  jpeg = await photo().jpeg().toBuffer();
  webp = await photo().webp().toBuffer();
});

describe("validateImageUpload accepts", () => {
  it.each([
    ["image/png", () => png],
    ["image/jpeg", () => jpeg],
    ["image/webp", () => webp],
  ])("a real %s, re-encoded in the same format", async (type, file) => {
    const result = await validateImageUpload({ data: file(), claimedType: type, filename: "photo" });
    expect(result).toMatchObject({ mimeType: type, width: 320, height: 200 });
    expect((await sharp(result.data).metadata()).format).toBe(type.split("/")[1]);
  });

  it("image/jpg and a content type with parameters", async () => {
    expect((await validateImageUpload({ data: jpeg, claimedType: "image/jpg" })).mimeType).toBe("image/jpeg");
    expect((await validateImageUpload({ data: png, claimedType: "IMAGE/PNG; charset=binary" })).mimeType).toBe("image/png");
  });

  it("application/octet-stream when the filename's extension matches the bytes", async () => {
    expect((await validateImageUpload({ data: png, claimedType: "application/octet-stream", filename: "me.PNG" })).mimeType).toBe("image/png");
  });

  it("a JPEG with EXIF, stripped of it after re-encoding, with its orientation applied", async () => {
    const withExif = await photo()
      .jpeg()
      .withExif({ IFD0: { Make: "Canon", Model: "EOS 5D", Copyright: "secret-owner" } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const before = await sharp(withExif).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);
    expect(withExif.includes(Buffer.from("secret-owner"))).toBe(true);

    const result = await validateImageUpload({ data: withExif, claimedType: "image/jpeg", filename: "camera.jpg" });
    const after = await sharp(result.data).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(result.data.includes(Buffer.from("secret-owner"))).toBe(false);
    expect(result).toMatchObject({ width: 200, height: 320 });
  });
});

describe("validateImageUpload rejects", () => {
  it("a file over 10 MB with 413 and the exact message", async () => {
    const err = await rejection({ data: Buffer.alloc(10 * 1024 * 1024 + 1), claimedType: "image/png", filename: "big.png" });
    expect(err).toBeInstanceOf(PayloadTooLargeError);
    expect(err).toMatchObject({ status: 413, message: "File too large. Maximum size is 10MB" });
  });

  it.each(["image/gif", "image/svg+xml", "text/html", "application/pdf", ""])("a claimed type of %j with 415 and the exact message", async (type) => {
    const err = await rejection({ data: png, claimedType: type, filename: "x.gif" });
    expect(err).toBeInstanceOf(UnsupportedMediaTypeError);
    expect(err).toMatchObject({ status: 415, message: TYPE_MESSAGE });
  });

  it.each([
    ["a text file named .png", Buffer.from("hello, this is not an image\n"), "a text file"],
    ["an HTML page named .png", Buffer.from("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"), "an HTML page"],
    ["an SVG named .png", Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'), "an SVG drawing"],
    ["a GIF named .png", Buffer.from("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==", "base64"), "a GIF image"],
  ])("%s with 400", async (_, data, looksLike) => {
    const err = await rejection({ data, claimedType: "image/png", filename: "avatar.png" });
    expect(err).toBeInstanceOf(BadRequestError);
    expect(err.message).toBe(`The file is not a PNG, JPEG or WebP image: it looks like ${looksLike}`);
  });

  it("a JPEG sent as PNG", async () => {
    const err = await rejection({ data: jpeg, claimedType: "image/png", filename: "photo.png" });
    expect(err).toBeInstanceOf(BadRequestError);
    expect(err.message).toBe("The file is a JPEG image but was sent as image/png. Send it as image/jpeg or convert it to PNG");
  });

  it.each([
    ["PNG", "image/png", () => png],
    ["JPEG", "image/jpeg", () => jpeg],
    ["WebP", "image/webp", () => webp],
  ])("a truncated %s", async (_, type, file) => {
    const data = file().subarray(0, Math.floor(file().length * 0.6));
    const err = await rejection({ data, claimedType: type });
    expect(err).toBeInstanceOf(BadRequestError);
    expect(err.message).toMatch(/could not be read|does not decode/);
  });

  it("PNG magic bytes followed by garbage", async () => {
    const data = Buffer.concat([png.subarray(0, 8), Buffer.from("not really a png at all".repeat(20))]);
    expect(await rejection({ data, claimedType: "image/png" })).toBeInstanceOf(BadRequestError);
  });

  it("a decompression bomb (a 30000×30000 PNG of a few hundred KB)", async () => {
    const bomb = decompressionBomb(30_000, 30_000);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const err = await rejection({ data: bomb, claimedType: "image/png", filename: "bomb.png" });
    expect(err).toBeInstanceOf(BadRequestError);
    expect(err.message).toBe("The image is too large to process. Maximum is 40 megapixels");
  });

  it("an empty file", async () => {
    expect((await rejection({ data: Buffer.alloc(0), claimedType: "image/png" })).message).toBe("The file is empty");
  });
});
