import sharp, { type Sharp } from "sharp";
import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from "@/lib/errors";
import { sniffImageType } from "./sniff-image-type";
import { claimedUploadType, MAX_UPLOAD_BYTES, MAX_UPLOAD_PIXELS, UPLOAD_MESSAGES, type UploadImageType } from "./upload-limits";

// The limits live in upload-limits.ts (shared with the browser); re-exported for callers of this module.
export { ALLOWED_UPLOAD_TYPES, MAX_UPLOAD_BYTES, MAX_UPLOAD_PIXELS } from "./upload-limits";

const FORMAT_NAMES: Record<UploadImageType, string> = { "image/png": "PNG", "image/jpeg": "JPEG", "image/webp": "WebP" };
const SHARP_FORMATS: Record<UploadImageType, string> = { "image/png": "png", "image/jpeg": "jpeg", "image/webp": "webp" };

export interface ValidatedImage {
  /** Re-encoded in the same format: EXIF (GPS, camera), XMP and ICC data are gone, orientation is applied. */
  data: Buffer;
  mimeType: UploadImageType;
  width: number;
  height: number;
}

function claimedImageType(claimedType: string, filename?: string): UploadImageType {
  const type = claimedUploadType(claimedType, filename);
  if (!type) throw new UnsupportedMediaTypeError(UPLOAD_MESSAGES.invalidType);
  return type;
}

function unreadable(err: unknown): BadRequestError {
  const message = (err as Error).message ?? "";
  if (/pixel limit/i.test(message)) {
    return new BadRequestError(UPLOAD_MESSAGES.tooManyPixels);
  }
  return new BadRequestError(UPLOAD_MESSAGES.unreadable);
}

function reencode(image: Sharp, mimeType: UploadImageType) {
  if (mimeType === "image/png") return image.png();
  if (mimeType === "image/jpeg") return image.jpeg({ quality: 92 });
  return image.webp({ quality: 92 });
}

/**
 * Accepts a PNG, JPEG or WebP upload only when the claimed type, the magic bytes and the decoder agree,
 * the whole image decodes, and it is not a decompression bomb; returns it re-encoded without metadata.
 */
export async function validateImageUpload(upload: { data: Buffer; claimedType: string; filename?: string }): Promise<ValidatedImage> {
  const { data } = upload;
  if (data.length > MAX_UPLOAD_BYTES) throw new PayloadTooLargeError(UPLOAD_MESSAGES.tooLarge);
  const claimed = claimedImageType(upload.claimedType, upload.filename);
  if (data.length === 0) throw new BadRequestError(UPLOAD_MESSAGES.empty);

  const sniffed = sniffImageType(data);
  if (!sniffed.mimeType) {
    throw new BadRequestError(`The file is not a PNG, JPEG or WebP image: it looks like ${sniffed.looksLike}`);
  }
  if (sniffed.mimeType !== claimed) {
    throw new BadRequestError(
      `The file is a ${sniffed.looksLike} image but was sent as ${claimed}. Send it as ${sniffed.mimeType} or convert it to ${FORMAT_NAMES[claimed]}`,
    );
  }

  // limitInputPixels is checked from the header, before any pixel is decoded: that is what stops a bomb.
  const options = { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: "error" as const };
  let format: string | undefined;
  try {
    format = (await sharp(data, options).metadata()).format;
  } catch (err) {
    throw unreadable(err);
  }
  if (format !== SHARP_FORMATS[claimed]) {
    throw new BadRequestError(`The file starts like a ${FORMAT_NAMES[claimed]} image but does not decode as one`);
  }

  try {
    // rotate() applies the EXIF orientation before the metadata that carried it is dropped.
    const { data: clean, info } = await reencode(sharp(data, options).rotate(), claimed).toBuffer({ resolveWithObject: true });
    return { data: clean, mimeType: claimed, width: info.width, height: info.height };
  } catch (err) {
    throw unreadable(err);
  }
}
