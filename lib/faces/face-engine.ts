import { askModelWorker, stopModelWorker, transferablePixels } from "@/lib/workers/ask-model-worker";

/** The few parts of a @vladmandic/human face this app uses. */
export interface DetectedFace {
  box: [number, number, number, number];
  score: number;
  rotation?: { angle: { yaw: number; pitch: number; roll: number } } | null;
  embedding?: number[];
}

/** Faces in raw RGB pixels (3 bytes a pixel), found on the model worker thread, one image at a time. */
export function detectFaces(pixels: { data: Buffer; width: number; height: number }): Promise<DetectedFace[]> {
  const copy = transferablePixels(pixels.data);
  return askModelWorker<DetectedFace[]>({ op: "detect", pixels: copy, width: pixels.width, height: pixels.height }, [copy]);
}

export function descriptorSimilarity(a: number[], b: number[]): Promise<number> {
  return askModelWorker<number>({ op: "similarity", a, b });
}

/** Stops the model worker (tests and shutdown); the next request starts a new one. */
export const stopFaceEngine = stopModelWorker;
