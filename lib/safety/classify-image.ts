import sharp from "sharp";
import { classifyPixels, SAFETY_INPUT_SIDE } from "./safety-engine";
import { judgeSafety, type SafetyVerdict } from "./safety-rule";

/** Classifies an encoded image (PNG, JPEG, WebP): { flagged, label, scores }. The model loads once per process. */
export async function classifyImage(image: Buffer): Promise<SafetyVerdict> {
  const { data, info } = await sharp(image, { limitInputPixels: 100_000_000 })
    .rotate()
    .flatten({ background: "#ffffff" })
    .resize(SAFETY_INPUT_SIDE, SAFETY_INPUT_SIDE, { fit: "fill" })
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true });
  return judgeSafety(await classifyPixels({ data, width: info.width, height: info.height }));
}
