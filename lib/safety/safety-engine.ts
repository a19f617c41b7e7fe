import { askModelWorker, transferablePixels } from "@/lib/workers/ask-model-worker";

/** The five classes of nsfwjs's models, in their output order. */
export const SAFETY_CLASSES = ["Drawing", "Hentai", "Neutral", "Porn", "Sexy"] as const;
export type SafetyClass = (typeof SAFETY_CLASSES)[number];
export type SafetyScores = Record<SafetyClass, number>;

/** The model's input side: images are scaled to a square of this size before classification. */
export const SAFETY_INPUT_SIDE = 224;

/**
 * Class probabilities of one RGB image already scaled to SAFETY_INPUT_SIDE², classified on the model worker
 * thread (lib/safety/safety-classifier.mjs, beside the face engine on the same tfjs runtime), one at a time.
 */
export async function classifyPixels(pixels: { data: Buffer; width: number; height: number }): Promise<SafetyScores> {
  const copy = transferablePixels(pixels.data);
  const predictions = await askModelWorker<Array<{ className: SafetyClass; probability: number }>>(
    { op: "classify", pixels: copy, width: pixels.width, height: pixels.height, side: SAFETY_INPUT_SIDE, top: SAFETY_CLASSES.length },
    [copy],
  );
  const scores = Object.fromEntries(SAFETY_CLASSES.map((name) => [name, 0])) as SafetyScores;
  for (const { className, probability } of predictions) {
    if (className in scores) scores[className] = Math.round(probability * 10_000) / 10_000;
  }
  return scores;
}
