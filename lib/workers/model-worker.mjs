// The model worker thread (started by lib/workers/ask-model-worker.ts, once per process). Plain JavaScript started
// by path (Next's build bundles it into the server's chunks). It holds the process's one tfjs WebAssembly runtime: the face engine
// (lib/faces/face-detector.mjs) and the content-safety classifier (lib/safety/safety-classifier.mjs) share it,
// and their 60–350 ms per image hold this thread, never the one serving requests.
import { readFile } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import { detect, similarity } from "../faces/face-detector.mjs";
import { classify } from "../safety/safety-classifier.mjs";

/** Node's fetch refuses file:// URLs; the models ship on disk, so they are served from there. */
const originalFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  if (!url.startsWith("file://")) return originalFetch(input, init);
  const body = await readFile(new URL(url));
  return new Response(new Uint8Array(body), { status: 200, headers: { "content-type": url.endsWith(".json") ? "application/json" : "application/octet-stream" } });
};

const OPS = { detect, similarity, classify };

// One request at a time, in order: the WebAssembly backend is single-threaded anyway.
let queue = Promise.resolve();
parentPort.on("message", (message) => {
  queue = queue.then(async () => {
    try {
      const op = OPS[message.op];
      if (!op) throw new Error(`Unknown model worker request: ${message.op}`);
      parentPort.postMessage({ id: message.id, result: await op(message) });
    } catch (error) {
      parentPort.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
