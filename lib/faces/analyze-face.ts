import sharp from "sharp";
import { detectFaces, type DetectedFace } from "./face-engine";
import { measureFacePixels, type FaceRegion } from "./measure-face-pixels";

export interface FaceAnalysis {
  faces: number;
  /** The largest face's box area as a share of the image, 0–1. */
  faceShare: number;
  sharpness: number | null;
  /** Radians, 0 = frontal. */
  yaw: number | null;
  pitch: number | null;
  brightness: number | null;
  /** The largest face's descriptor (1024 numbers), null without a face. */
  descriptor: number[] | null;
}

/** Analysis input is capped in size: detection works on small inputs and this keeps each run short. */
const MAX_SIDE = 1024;

export async function analyzeFace(image: Buffer): Promise<FaceAnalysis> {
  const normalized = await sharp(image)
    .rotate()
    .resize(MAX_SIDE, MAX_SIDE, { fit: "inside", withoutEnlargement: true })
    .removeAlpha()
    .toColourspace("srgb")
    .jpeg({ quality: 95 })
    .toBuffer();
  const { data, info } = await sharp(normalized).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const faces = await detectFaces({ data, width: info.width, height: info.height });
  const largest = largestFace(faces);
  if (!largest) {
    return { faces: 0, faceShare: 0, sharpness: null, yaw: null, pitch: null, brightness: null, descriptor: null };
  }
  const region = clampBox(largest.box, info.width, info.height);
  const pixels = await measureFacePixels(normalized, region);
  return {
    faces: faces.length,
    faceShare: Math.round(((region.width * region.height) / (info.width * info.height)) * 1000) / 1000,
    sharpness: pixels.sharpness,
    yaw: round(largest.rotation?.angle.yaw),
    pitch: round(largest.rotation?.angle.pitch),
    brightness: pixels.brightness,
    descriptor: largest.embedding && largest.embedding.length > 0 ? Array.from(largest.embedding) : null,
  };
}

function largestFace(faces: DetectedFace[]): DetectedFace | undefined {
  return [...faces].sort((a, b) => b.box[2] * b.box[3] - a.box[2] * a.box[3])[0];
}

function clampBox([x, y, w, h]: DetectedFace["box"], width: number, height: number): FaceRegion {
  const left = Math.max(0, Math.min(width - 1, Math.round(x)));
  const top = Math.max(0, Math.min(height - 1, Math.round(y)));
  return {
    left,
    top,
    width: Math.max(1, Math.min(width - left, Math.round(w))),
    height: Math.max(1, Math.min(height - top, Math.round(h))),
  };
}

function round(value: number | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? Math.round(value * 1000) / 1000 : null;
}
