import { createHash } from "node:crypto";
import sharp from "sharp";

export interface ImageFacts {
  md5: string;
  sizeBytes: number;
  width: number;
  height: number;
  mimeType: string;
}

/** Checksum, byte size, pixel size and type of an encoded image (pixel size as stored, before any EXIF rotation). */
export async function imageFacts(data: Buffer): Promise<ImageFacts> {
  const metadata = await sharp(data).metadata();
  if (!metadata.width || !metadata.height) throw new Error("Not an image with known dimensions");
  return {
    md5: createHash("md5").update(data).digest("hex"),
    sizeBytes: data.length,
    width: metadata.width,
    height: metadata.height,
    mimeType: `image/${metadata.format}`,
  };
}
