import path from "node:path";
import { Worker } from "node:worker_threads";

type Reply = { id: number; result?: unknown; error?: string };

interface ModelWorkerState {
  worker: Worker | null;
  nextId: number;
  pending: Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>;
}

// Once per process: Next can evaluate this module more than once (route handlers, instrumentation, jobs).
const GLOBAL_KEY = Symbol.for("likeness.faceWorker");
const state: ModelWorkerState = ((globalThis as Record<symbol, unknown>)[GLOBAL_KEY] as ModelWorkerState) ?? {
  worker: null,
  nextId: 1,
  pending: new Map(),
};
(globalThis as Record<symbol, unknown>)[GLOBAL_KEY] = state;

/**
 * The worker is plain JavaScript started by path from the app's folder (the models load from node_modules).
 * Next's bundler recognises `new Worker(path)` and builds it, with its imports, into the server's chunks
 * (a change reaches `next start` after `npm run build`); `next start`, `next dev`, the embedded job engine, tsx and Vitest all
 * run from that folder. It holds the one tfjs runtime of the process: face detection and the safety
 * classifier both run there, one request at a time.
 */
function workerFile() {
  return path.resolve(process.cwd(), "lib", "workers", "model-worker.mjs");
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
  worker.on("error", (error) => lost(new Error(`The model worker stopped: ${error.message}`)));
  worker.on("exit", (code) => lost(new Error(`The model worker exited (code ${code})`)));
  worker.unref();
  state.worker = worker;
  return worker;
}

/** Asks the model worker; it holds the process open only while an answer is awaited. */
export function askModelWorker<T>(message: { op: string } & Record<string, unknown>, transfer: ArrayBuffer[] = []): Promise<T> {
  const worker = getWorker();
  const id = state.nextId++;
  return new Promise<T>((resolve, reject) => {
    state.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    worker.ref();
    worker.postMessage({ ...message, id }, transfer);
  });
}

/** Raw RGB pixels as a buffer the worker can own: the Buffer may be a view into sharp's or Node's shared pool. */
export function transferablePixels(data: Buffer): ArrayBuffer {
  return new Uint8Array(data).buffer;
}

/** Stops the worker (tests and shutdown); the next request starts a new one. */
export async function stopModelWorker() {
  const worker = state.worker;
  state.worker = null;
  if (worker) await worker.terminate();
}
