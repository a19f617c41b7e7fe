import { analyzeFace, type FaceAnalysis } from "./analyze-face";
import { isIllustratedProvider, notMeasuredQuality, type StoredQuality } from "./face-check-types";
import { qualityReport } from "./quality-report";

/** The quality report stored with a base image (and the analysis behind it, for a descriptor). */
export async function measureQuality(image: Buffer, provider: string | null): Promise<{ quality: StoredQuality; analysis: FaceAnalysis | null }> {
  if (isIllustratedProvider(provider)) return { quality: notMeasuredQuality(), analysis: null };
  const analysis = await analyzeFace(image);
  return { quality: qualityReport(analysis), analysis };
}
