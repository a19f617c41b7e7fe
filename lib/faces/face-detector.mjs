// The face half of the model worker (lib/workers/model-worker.mjs): @vladmandic/human on the tfjs WebAssembly
// backend, whose detection holds a thread for 60–350 ms per image. Plain JavaScript started with the
// worker; it runs on the worker thread, never the one serving requests.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { workerData } from "node:worker_threads";

const modules = workerData.modulesDir;

async function loadHuman() {
  // The package's export keys lack "./", so the WebAssembly build is loaded by path.
  const require = createRequire(path.join(modules, "@vladmandic/human/package.json"));
  const { Human } = require(path.join(modules, "@vladmandic/human/dist/human.node-wasm.js"));
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

let human = null;
const getHuman = () => (human ??= loadHuman().catch((error) => ((human = null), Promise.reject(error))));

/** Only what the app reads of a face, as plain data (a message cannot carry tensors). */
function plainFace(face) {
  return {
    box: Array.from(face.box),
    score: face.score,
    rotation: face.rotation?.angle ? { angle: { yaw: face.rotation.angle.yaw, pitch: face.rotation.angle.pitch, roll: face.rotation.angle.roll } } : null,
    embedding: face.embedding ? Array.from(face.embedding) : undefined,
  };
}

export async function detect({ pixels, width, height }) {
  const engine = await getHuman();
  const tensor = engine.tf.tensor(new Int32Array(new Uint8Array(pixels)), [1, height, width, 3], "int32");
  try {
    return (await engine.detect(tensor)).face.map(plainFace);
  } finally {
    tensor.dispose();
  }
}

export async function similarity({ a, b }) {
  return (await getHuman()).match.similarity(a, b);
}
