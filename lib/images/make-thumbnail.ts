import sharp from "sharp";

export const THUMBNAIL_SIZE = 300;

/**
 * A 300×300 JPEG cropped to cover. The crop follows sharp's "attention" strategy, which keeps the face in
 * frame on portrait images better than a plain centre crop; transparency is flattened onto white.
 */
export async function makeThumbnail(data: Buffer) {
  const thumbnail = await sharp(data)
    .rotate()
    .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "cover", position: sharp.strategy.attention })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 82 })
    .toBuffer();
  return { data: thumbnail, mimeType: "image/jpeg" as const, width: THUMBNAIL_SIZE, height: THUMBNAIL_SIZE };
}
