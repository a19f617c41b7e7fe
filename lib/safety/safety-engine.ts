import { createRequire } from "node:module";
import path from "node:path";

/** The five classes of nsfwjs's models, in their output order. */
export const SAFETY_CLASSES = ["Drawing", "Hentai", "Neutral", "Porn", "Sexy"] as const;
export type SafetyClass = (typeof SAFETY_CLASSES)[number];
export type SafetyScores = Record<SafetyClass, number>;

/** The model's input side: images are scaled to a square of this size before classification. */
export const SAFETY_INPUT_SIDE = 224;

/** The few parts of tfjs and nsfwjs used here (loaded by path, outside the bundle, like the face engine). */
interface Tensor3D {
  dispose(): void;
}
interface Tfjs {
  tensor3d(values: Int32Array, shape: [number, number, number], dtype: "int32"): Tensor3D;
  setBackend(name: string): Promise<boolean>;
  getBackend(): string | undefined;
  ready(): Promise<void>;
  io: { fromMemory(artifacts: { modelTopology: unknown; weightSpecs: unknown[]; weightData: ArrayBuffer }): unknown };
}
interface Classifier {
  load(): Promise<void>;
  classify(image: Tensor3D, topk: number): Promise<Array<{ className: SafetyClass; probability: number }>>;
}
interface Engine {
  tf: Tfjs;
  classifier: Classifier;
}

interface SafetyEngineState {
  engine: Promise<Engine> | null;
  queue: Promise<unknown>;
}

const GLOBAL_KEY = Symbol.for("likeness.safetyEngine");
const state: SafetyEngineState = ((globalThis as Record<symbol, unknown>)[GLOBAL_KEY] as SafetyEngineState) ?? {
  engine: null,
  queue: Promise.resolve(),
};
(globalThis as Record<symbol, unknown>)[GLOBAL_KEY] = state;

function modulesDir(): string {
  return path.resolve(process.cwd(), "node_modules");
}

/**
 * nsfwjs's MobileNetV2 model, from the files its package ships (dist/models). Loaded through the CommonJS
 * builds of tfjs and its WebAssembly backend, the same module instances @vladmandic/human requires, so the
 * face and safety models share one tfjs runtime. The weights are decoded here with Node's Buffer: the
 * package's own loader decodes them one character at a time, which took ~15 s on this machine against ~0.4 s.
 */
async function loadEngine(): Promise<Engine> {
  const modules = modulesDir();
  const require = createRequire(path.join(modules, "nsfwjs/package.json"));
  const tf = require(path.join(modules, "@tensorflow/tfjs")) as Tfjs;
  if (tf.getBackend() !== "wasm") {
    const wasm = require(path.join(modules, "@tensorflow/tfjs-backend-wasm")) as { setWasmPaths(prefix: string): void };
    wasm.setWasmPaths(path.join(modules, "@tensorflow/tfjs-backend-wasm/dist") + path.sep);
    await tf.setBackend("wasm");
  }
  await tf.ready();
  const modelDir = path.join(modules, "nsfwjs/dist/models/mobilenet_v2");
  const modelJson = require(path.join(modelDir, "model.min.js")) as {
    modelTopology: unknown;
    weightsManifest: Array<{ paths: string[]; weights: unknown[] }>;
  };
  const shards = modelJson.weightsManifest.flatMap((group) =>
    group.paths.map((shard) => Buffer.from(require(path.join(modelDir, `${shard}.min.js`)) as string, "base64")),
  );
  const weights = Buffer.concat(shards);
  const { NSFWJS } = require(path.join(modules, "nsfwjs/dist/cjs/core.js")) as {
    NSFWJS: new (handler: unknown, options: { size: number }) => Classifier;
  };
  const classifier = new NSFWJS(
    tf.io.fromMemory({
      modelTopology: modelJson.modelTopology,
      weightSpecs: modelJson.weightsManifest.flatMap((group) => group.weights),
      weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer,
    }),
    { size: SAFETY_INPUT_SIDE },
  );
  await classifier.load();
  return { tf, classifier };
}

function getEngine(): Promise<Engine> {
  if (!state.engine) {
    state.engine = loadEngine().catch((error: unknown) => {
      state.engine = null;
      throw error;
    });
  }
  return state.engine;
}

/** Class probabilities of one RGB image already scaled to SAFETY_INPUT_SIDE², one classification at a time. */
export function classifyPixels(pixels: { data: Buffer; width: number; height: number }): Promise<SafetyScores> {
  const run = state.queue.then(async () => {
    const { tf, classifier } = await getEngine();
    const tensor = tf.tensor3d(new Int32Array(pixels.data), [pixels.height, pixels.width, 3], "int32");
    try {
      const predictions = await classifier.classify(tensor, SAFETY_CLASSES.length);
      const scores = Object.fromEntries(SAFETY_CLASSES.map((name) => [name, 0])) as SafetyScores;
      for (const { className, probability } of predictions) scores[className] = Math.round(probability * 10_000) / 10_000;
      return scores;
    } finally {
      tensor.dispose();
    }
  });
  state.queue = run.catch(() => undefined);
  return run;
}
