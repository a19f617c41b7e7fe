import sharp from "sharp";
import { SHARPNESS_SIDE } from "./face-thresholds";

export interface FaceRegion {
  left: number;
  top: number;
  width: number;
  height: number;
}

const LAPLACIAN = { width: 3, height: 3, kernel: [0, 1, 0, 1, -4, 1, 0, 1, 0], offset: 128 };

/** Sharpness (variance of the Laplacian) and brightness (mean luminance 0–1) of one region of an image. */
export async function measureFacePixels(
  image: Buffer,
  region: FaceRegion,
): Promise<{ sharpness: number; brightness: number }> {
  const grey = sharp(image).rotate().extract(region).greyscale().resize(SHARPNESS_SIDE, SHARPNESS_SIDE, { fit: "fill" });
  const [{ data: lum }, { data: edges }] = await Promise.all([
    grey.clone().raw().toBuffer({ resolveWithObject: true }),
    grey.clone().convolve(LAPLACIAN).raw().toBuffer({ resolveWithObject: true }),
  ]);
  return { sharpness: round(variance(edges)), brightness: round(mean(lum) / 255, 3) };
}

function mean(values: Uint8Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

function variance(values: Uint8Array): number {
  const m = mean(values);
  let sum = 0;
  for (const v of values) sum += (v - m) * (v - m);
  return sum / values.length;
}

function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
