import path from "node:path";
import { Worker } from "node:worker_threads";

/** The few parts of a @vladmandic/human face this app uses. */
export interface DetectedFace {
  box: [number, number, number, number];
  score: number;
  rotation?: { angle: { yaw: number; pitch: number; roll: number } } | null;
  embedding?: number[];
}

type Reply = { id: number; result?: unknown; error?: string };

interface FaceEngineState {
  worker: Worker | null;
  nextId: number;
  pending: Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>;
}

// Once per process: Next can evaluate this module more than once (route handlers, instrumentation, jobs).
const GLOBAL_KEY = Symbol.for("likeness.faceWorker");
const state: FaceEngineState = ((globalThis as Record<symbol, unknown>)[GLOBAL_KEY] as FaceEngineState) ?? {
  worker: null,
  nextId: 1,
  pending: new Map(),
};
(globalThis as Record<symbol, unknown>)[GLOBAL_KEY] = state;

/**
 * The worker is plain JavaScript beside this file, loaded by path from the app's folder (as the models are
 * from node_modules), so Next's bundler never rewrites it; `next start`, `next dev`, the embedded job engine
 * and Vitest all run from that folder.
 */
function workerFile() {
  return path.resolve(process.cwd(), "lib", "faces", "face-worker.mjs");
}

function failAll(error: Error) {
  for (const { reject } of state.pending.values()) reject(error);
  state.pending.clear();
}

function getWorker(): Worker {
  if (state.worker) return state.worker;
  const worker = new Worker(workerFile(), { workerData: { modulesDir: path.resolve(process.cwd(), "node_modules") } });
  worker.on("message", (reply: Reply) => {
    const waiting = state.pending.get(reply.id);
    if (!waiting) return;
    state.pending.delete(reply.id);
    if (reply.error !== undefined) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.result);
    if (state.pending.size === 0) worker.unref();
  });
  // A crashed worker fails what it held; the next request starts a new one.
  const lost = (error: Error) => {
    if (state.worker === worker) state.worker = null;
    failAll(error);
  };
  worker.on("error", (error) => lost(new Error(`The face engine stopped: ${error.message}`)));
  worker.on("exit", (code) => lost(new Error(`The face engine exited (code ${code})`)));
  worker.unref();
  state.worker = worker;
  return worker;
}

/** Asks the worker; it holds the process open only while an answer is awaited. */
function ask<T>(message: Record<string, unknown>, transfer: ArrayBuffer[] = []): Promise<T> {
  const worker = getWorker();
  const id = state.nextId++;
  return new Promise<T>((resolve, reject) => {
    state.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    worker.ref();
    worker.postMessage({ ...message, id }, transfer);
  });
}

/** Faces in raw RGB pixels (3 bytes a pixel), found on the face worker thread, one image at a time. */
export function detectFaces(pixels: { data: Buffer; width: number; height: number }): Promise<DetectedFace[]> {
  // A copy the worker can own: the Buffer may be a view into sharp's or Node's shared pool.
  const copy = new Uint8Array(pixels.data).buffer;
  return ask<DetectedFace[]>({ op: "detect", pixels: copy, width: pixels.width, height: pixels.height }, [copy]);
}

export function descriptorSimilarity(a: number[], b: number[]): Promise<number> {
  return ask<number>({ op: "similarity", a, b });
}

/** Stops the worker (tests and shutdown); the next request starts a new one. */
export async function stopFaceEngine() {
  const worker = state.worker;
  state.worker = null;
  if (worker) await worker.terminate();
}
