import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** The few parts of @vladmandic/human this app uses (its own types pull in DOM-only declarations). */
export interface DetectedFace {
  box: [number, number, number, number];
  score: number;
  rotation?: { angle: { yaw: number; pitch: number; roll: number } } | null;
  embedding?: number[];
}
interface HumanTensor {
  dispose(): void;
}
interface Human {
  load(): Promise<void>;
  detect(input: HumanTensor): Promise<{ face: DetectedFace[] }>;
  tf: { tensor(values: Int32Array, shape: number[], dtype: "int32"): HumanTensor };
  match: { similarity(a: number[], b: number[]): number };
}

interface FaceEngineState {
  human: Promise<Human> | null;
  queue: Promise<unknown>;
}

const GLOBAL_KEY = Symbol.for("likeness.faceEngine");
const state: FaceEngineState = ((globalThis as Record<symbol, unknown>)[GLOBAL_KEY] as FaceEngineState) ?? {
  human: null,
  queue: Promise.resolve(),
};
(globalThis as Record<symbol, unknown>)[GLOBAL_KEY] = state;

function modulesDir(): string {
  return path.resolve(process.cwd(), "node_modules");
}

/** Node's fetch refuses file:// URLs; the models ship on disk, so they are served from there. */
function installFileFetch(): void {
  const original = globalThis.fetch as typeof fetch & { servesFiles?: boolean };
  if (original.servesFiles) return;
  const fileAwareFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith("file://")) return original(input, init);
    const body = await readFile(new URL(url));
    const type = url.endsWith(".json") ? "application/json" : "application/octet-stream";
    return new Response(new Uint8Array(body), { status: 200, headers: { "content-type": type } });
  }) as typeof fetch & { servesFiles?: boolean };
  fileAwareFetch.servesFiles = true;
  globalThis.fetch = fileAwareFetch;
}

async function loadHuman(): Promise<Human> {
  installFileFetch();
  const modules = modulesDir();
  // The package's export keys lack "./", so the WebAssembly build is loaded by path.
  const require = createRequire(path.join(modules, "@vladmandic/human/package.json"));
  const { Human } = require(path.join(modules, "@vladmandic/human/dist/human.node-wasm.js")) as {
    Human: new (config: unknown) => Human;
  };
  const human = new Human({
    backend: "wasm",
    wasmPath: path.join(modules, "@tensorflow/tfjs-backend-wasm/dist") + path.sep,
    modelBasePath: pathToFileURL(path.join(modules, "@vladmandic/human/models")).href + "/",
    debug: false,
    cacheSensitivity: 0,
    face: {
      enabled: true,
      detector: { rotation: false, maxDetected: 10, minConfidence: 0.5 },
      mesh: { enabled: true },
      attention: { enabled: false },
      iris: { enabled: false },
      description: { enabled: true },
      emotion: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      gear: { enabled: false },
    },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
    filter: { enabled: false },
  });
  await human.load();
  return human;
}

function getHuman(): Promise<Human> {
  if (!state.human) {
    state.human = loadHuman().catch((error: unknown) => {
      state.human = null;
      throw error;
    });
  }
  return state.human;
}

/** Runs one detection at a time in this process: the WebAssembly backend is single-threaded anyway. */
export function detectFaces(pixels: { data: Buffer; width: number; height: number }): Promise<DetectedFace[]> {
  const run = state.queue.then(async () => {
    const human = await getHuman();
    const tensor = human.tf.tensor(new Int32Array(pixels.data), [1, pixels.height, pixels.width, 3], "int32");
    try {
      return (await human.detect(tensor)).face;
    } finally {
      tensor.dispose();
    }
  });
  state.queue = run.catch(() => undefined);
  return run;
}

export async function descriptorSimilarity(a: number[], b: number[]): Promise<number> {
  const human = await getHuman();
  return human.match.similarity(a, b);
}
