import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const dir = path.resolve(import.meta.dirname, "../fixtures/faces");

/** A face crop from tests/fixtures/faces (real photographs; see the README there). */
export function faceFixture(name: "man-a" | "woman-b" | "woman-c" | "woman-d" | "woman-e-grey" | "two-women"): Buffer {
  return readFileSync(path.join(dir, `${name}.jpg`));
}

/** The same person: mirrored, recoloured and cropped. */
export async function samePersonVariant(face: Buffer): Promise<Buffer> {
  return sharp(face).flop().modulate({ brightness: 1.1, saturation: 0.7, hue: 10 }).extract({ left: 4, top: 4, width: 140, height: 140 }).jpeg().toBuffer();
}

export function blurred(face: Buffer): Promise<Buffer> {
  return sharp(face).blur(3).jpeg().toBuffer();
}

/** The face as a small part of a large grey picture. */
export function smallInFrame(face: Buffer): Promise<Buffer> {
  return sharp(face).resize(90).extend({ top: 300, bottom: 300, left: 300, right: 300, background: "#888888" }).jpeg().toBuffer();
}

/** A picture with no face: a soft gradient. */
export async function noFace(): Promise<Buffer> {
  const width = 256;
  const pixels = Buffer.alloc(width * width * 3);
  for (let i = 0; i < pixels.length; i += 3) {
    pixels[i] = ((i / 3) % width) % 256;
    pixels[i + 1] = Math.floor(i / 3 / width) % 256;
    pixels[i + 2] = 160;
  }
  return sharp(pixels, { raw: { width, height: width, channels: 3 } }).jpeg().toBuffer();
}
