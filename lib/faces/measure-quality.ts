import { analyzeFace, type FaceAnalysis } from "./analyze-face";
import { isIllustratedProvider, notMeasuredQuality, readBytes, type ImageBytes, type StoredQuality } from "./face-check-types";
import { qualityReport } from "./quality-report";

/** The quality report stored with a base image (and the analysis behind it, for a descriptor). */
export async function measureQuality(image: ImageBytes, provider: string | null): Promise<{ quality: StoredQuality; analysis: FaceAnalysis | null }> {
  if (isIllustratedProvider(provider)) return { quality: notMeasuredQuality(), analysis: null };
  const analysis = await analyzeFace(await readBytes(image));
  return { quality: qualityReport(analysis), analysis };
}
