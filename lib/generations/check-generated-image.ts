import { analyzeImage, findImageForChecks } from "@/lib/faces/analyze-stored-image";
import { originalReader } from "@/lib/images/original-reader";
import { checkImageSafety, checkStoredImageSafety } from "@/lib/safety/check-stored-image-safety";

const failed = (error: unknown) => ({ error: (error as Error).message });
const unchecked = (error: unknown) => ({ checked: false as const, ...failed(error) });

/**
 * The step after an image's row is written: its face check (quality of a base, identity against the
 * approved seed) and then its content safety, unless it drifted: the run re-makes a drifted image first
 * and checks the safety of the attempt it keeps (inngest/functions/run-generation.ts). One load of the
 * image and at most one read of its original serve both. A failed check leaves the image without that
 * report; it never fails the image. Both are recomputed and overwritten on a retry.
 */
export async function checkGeneratedImage(imageId: string) {
  const image = await findImageForChecks(imageId);
  if (!image) return { analysis: { analysed: false as const }, safety: null };
  const original = originalReader(image);
  const analysis = await analyzeImage(image, original).catch((error: unknown) => ({ analysed: false as const, ...failed(error) }));
  const drifted = "status" in analysis && analysis.status === "drifted";
  const safety = drifted ? null : await checkImageSafety(image, original).catch(unchecked);
  return { analysis, safety };
}

/** The safety check of a drifted image once its re-makes are done, on the attempt kept; a failed check leaves it unchecked. */
export function checkKeptImageSafety(imageId: string) {
  return checkStoredImageSafety(imageId).catch(unchecked);
}
