// The content-safety half of the model worker (lib/workers/model-worker.mjs): nsfwjs's MobileNetV2 model on
// the worker's tfjs WebAssembly runtime, the one the face engine uses. Plain JavaScript on the
// worker thread; a classification (~35 ms, its batch norms folded) holds that thread, never the one serving requests.
import { createRequire } from "node:module";
import path from "node:path";
import { workerData } from "node:worker_threads";
import { foldBatchNorms } from "./fold-batch-norms.mjs";

const modules = workerData.modulesDir;

/**
 * The model from the files nsfwjs ships (dist/models), through the CommonJS builds of tfjs and its WebAssembly
 * backend: the same module instances @vladmandic/human requires on this thread, so one runtime serves both.
 * The weights are decoded here with Node's Buffer: the package's own loader decodes them one character at a
 * time, which took ~15 s on this machine against ~0.4 s. Its batch norms are folded into the convolutions
 * before it loads (lib/safety/fold-batch-norms.mjs): the same scores in about half the time.
 */
async function loadClassifier(side) {
  const require = createRequire(path.join(modules, "nsfwjs/package.json"));
  const tf = require(path.join(modules, "@tensorflow/tfjs"));
  if (tf.getBackend() !== "wasm") {
    const wasm = require(path.join(modules, "@tensorflow/tfjs-backend-wasm"));
    wasm.setWasmPaths(path.join(modules, "@tensorflow/tfjs-backend-wasm/dist") + path.sep);
    await tf.setBackend("wasm");
  }
  await tf.ready();
  const modelDir = path.join(modules, "nsfwjs/dist/models/mobilenet_v2");
  const modelJson = require(path.join(modelDir, "model.min.js"));
  const shards = modelJson.weightsManifest.flatMap((group) =>
    group.paths.map((shard) => Buffer.from(require(path.join(modelDir, `${shard}.min.js`)), "base64")),
  );
  const weights = Buffer.concat(shards);
  const { NSFWJS } = require(path.join(modules, "nsfwjs/dist/cjs/core.js"));
  const model = foldBatchNorms(
    {
      modelTopology: modelJson.modelTopology,
      weightSpecs: modelJson.weightsManifest.flatMap((group) => group.weights),
      weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
    },
    tf,
  );
  const classifier = new NSFWJS(tf.io.fromMemory(model), { size: side });
  await classifier.load();
  return { tf, classifier };
}

let engine = null;
const getEngine = (side) => (engine ??= loadClassifier(side).catch((error) => ((engine = null), Promise.reject(error))));

/** The `top` most likely classes of RGB pixels already scaled to side² (the model's input), as [{ className, probability }]. */
export async function classify({ pixels, width, height, side, top }) {
  const { tf, classifier } = await getEngine(side);
  const tensor = tf.tensor3d(new Int32Array(new Uint8Array(pixels)), [height, width, 3], "int32");
  try {
    const predictions = await classifier.classify(tensor, top);
    return predictions.map(({ className, probability }) => ({ className, probability }));
  } finally {
    tensor.dispose();
  }
}
