import type { UploadImageType } from "./upload-limits";

export type { UploadImageType } from "./upload-limits";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * What the first bytes say the file is: an allowed image type, or a short description of what it looks
 * like instead ("GIF", "SVG", "HTML", "text"…) for the error message.
 */
export function sniffImageType(data: Buffer): { mimeType?: UploadImageType; looksLike: string } {
  if (data.subarray(0, 8).equals(PNG)) return { mimeType: "image/png", looksLike: "PNG" };
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return { mimeType: "image/jpeg", looksLike: "JPEG" };
  if (data.toString("latin1", 0, 4) === "RIFF" && data.toString("latin1", 8, 12) === "WEBP") return { mimeType: "image/webp", looksLike: "WebP" };

  const head = data.toString("latin1", 0, 6);
  if (head === "GIF87a" || head === "GIF89a") return { looksLike: "a GIF image" };
  if (head.startsWith("%PDF")) return { looksLike: "a PDF document" };
  if (head.startsWith("BM")) return { looksLike: "a BMP image" };
  if (data.toString("latin1", 4, 12).startsWith("ftyp")) return { looksLike: "a HEIC/AVIF image or video" };

  const text = data.toString("utf8", 0, 1024).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (text.startsWith("<svg") || (text.startsWith("<?xml") && text.includes("<svg"))) return { looksLike: "an SVG drawing" };
  if (text.startsWith("<!doctype html") || text.startsWith("<html") || /<(head|body|script)[\s>]/.test(text)) return { looksLike: "an HTML page" };
  // No NUL or other control bytes in the first KiB: a text file.
  if (!data.subarray(0, 1024).some((byte) => byte <= 0x08 || (byte >= 0x0e && byte <= 0x1f))) return { looksLike: "a text file" };
  return { looksLike: "an unrecognised binary file" };
}
