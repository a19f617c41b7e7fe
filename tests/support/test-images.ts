import sharp from "sharp";

/** A real PNG of the given size (a gradient, so it compresses like a picture, not a flat fill). */
export async function makePng(width = 64, height = 64) {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 3) {
    pixels[i] = (i / 3) % 256;
    pixels[i + 1] = (i / 7) % 256;
    pixels[i + 2] = 128;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

export function multipart(fields: Record<string, string>, file?: { data: Buffer; type: string; name: string }) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  if (file) form.set("file", new Blob([new Uint8Array(file.data)], { type: file.type }), file.name);
  return form;
}
