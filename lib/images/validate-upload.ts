import sharp, { type Sharp } from "sharp";
import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from "@/lib/errors";
import { sniffImageType, type UploadImageType } from "./sniff-image-type";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** 40 megapixels: larger than any camera photo people upload here, small enough to decode safely. */
export const MAX_UPLOAD_PIXELS = 40_000_000;
export const ALLOWED_UPLOAD_TYPES: readonly UploadImageType[] = ["image/png", "image/jpeg", "image/webp"];

const FORMAT_NAMES: Record<UploadImageType, string> = { "image/png": "PNG", "image/jpeg": "JPEG", "image/webp": "WebP" };
const SHARP_FORMATS: Record<UploadImageType, string> = { "image/png": "png", "image/jpeg": "jpeg", "image/webp": "webp" };
const TYPES_BY_EXTENSION: Record<string, UploadImageType> = { png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", webp: "image/webp" };

export interface ValidatedImage {
  /** Re-encoded in the same format: EXIF (GPS, camera), XMP and ICC data are gone, orientation is applied. */
  data: Buffer;
  mimeType: UploadImageType;
  width: number;
  height: number;
}

/**
 * The type the client says it sent. Some clients send no type or application/octet-stream; then the
 * filename's extension speaks for it. Either way the bytes must agree (checked below).
 */
function claimedImageType(claimedType: string, filename?: string): UploadImageType {
  let type = claimedType.split(";")[0].trim().toLowerCase();
  if (type === "image/jpg" || type === "image/pjpeg") type = "image/jpeg";
  if ((type === "" || type === "application/octet-stream") && filename) {
    type = TYPES_BY_EXTENSION[filename.split(".").pop()?.toLowerCase() ?? ""] ?? type;
  }
  if (!ALLOWED_UPLOAD_TYPES.includes(type as UploadImageType)) {
    throw new UnsupportedMediaTypeError("Invalid file type. Allowed: image/png, image/jpeg, image/webp");
  }
  return type as UploadImageType;
}

function unreadable(err: unknown): BadRequestError {
  const message = (err as Error).message ?? "";
  if (/pixel limit/i.test(message)) {
    return new BadRequestError(`The image is too large to process. Maximum is ${MAX_UPLOAD_PIXELS / 1_000_000} megapixels`);
  }
  return new BadRequestError("The image could not be read: the file is damaged or incomplete. Export it again and retry");
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
  if (data.length > MAX_UPLOAD_BYTES) throw new PayloadTooLargeError("File too large. Maximum size is 10MB");
  const claimed = claimedImageType(upload.claimedType, upload.filename);
  if (data.length === 0) throw new BadRequestError("The file is empty");

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
