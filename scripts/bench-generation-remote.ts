/**
 * A person's own generation against a remote provider (not a batch): 4 seed candidates from the Hugging Face
 * route of the test suite's mock model server answering in --latency ms, timed from the request to the
 * generation's end on the live event stream, against the provider-bound ideal ceil(4 / limit) × latency.
 *
 *   NEXT_DIST_DIR=.next npm run bench:generation-remote [-- --latency 400 --concurrency 2 --runs 5]
 *
 * --concurrency sets GENERATION_CONCURRENCY_PER_USER and PROVIDER_CONCURRENCY (2 is the app's default). A
 * remote provider's images are made side by side (lib/generations/images-at-once.ts), so the ideal is what
 * the limit allows, not one call after another. Also prints the most calls in flight (never above the
 * limit). Production build, embedded database. BENCH_SMALL=1: 1 run.
 */
import { startMockModelServer } from "../tests/support/mock-model-server";
import { benchSmall, jobEnded, runBench, seconds, remoteProviderEnv, startInFlightCounter, withBenchApp } from "./bench-app";
import type { ApiClient } from "../tests/support/api-client";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? Number(args[index + 1]) : fallback;
};
const latencyMs = option("latency", 400);
const concurrency = option("concurrency", 2);
const runs = option("runs", benchSmall ? 1 : 5);
const IMAGES = 4;

/** Sends `request`, which answers 202 with a generation, and resolves with the ms until that generation's end event. */
async function timeGeneration(api: ApiClient, request: () => Promise<{ status: number; body: Record<string, unknown> }>) {
  const abort = new AbortController();
  const stream = await api.raw("/api/v1/events", { signal: abort.signal });
  if (stream.status !== 200 || !stream.body) throw new Error(`the event stream answered ${stream.status}`);
  try {
    const started = performance.now();
    const created = await request();
    if (created.status !== 202) throw new Error(`generation refused: ${created.status} ${JSON.stringify(created.body)}`);
    const id = (created.body.generation as { id: string }).id;
    const ended = await jobEnded(stream.body, id, "generation");
    if (ended !== "generation.completed") throw new Error(`generation ${id} ended ${ended}`);
    return { id, ms: performance.now() - started };
  } finally {
    abort.abort();
  }
}

runBench(async () => {
  const mock = await startMockModelServer();
  mock.enqueue("huggingface", ...Array.from({ length: (runs + 1) * IMAGES * 2 }, () => ({ delayMs: latencyMs })));
  const counter = await startInFlightCounter(mock.url);
  const env = remoteProviderEnv(mock.url, mock.huggingFaceUrl, counter.url, concurrency);
  try {
    await withBenchApp(env, async ({ api, projectId }) => {
      // A persona to make candidates for (its first base image from Hugging Face too: also the warm-up).
      let avatarId = "";
      await timeGeneration(api, async () => {
        const created = await api.post(`/api/v1/projects/${projectId}/avatars/generate`, { name: "Bench", prompt: "studio portrait", provider: "huggingface" });
        avatarId = created.body.avatar?.id;
        return created;
      });
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const { ms, id } = await timeGeneration(api, () => api.post(`/api/v1/avatars/${avatarId}/seed-image/generate`, { candidates: IMAGES, provider: "huggingface" }));
        const { body } = await api.get(`/api/v1/generations/${id}`);
        if (body.generation.done !== IMAGES) throw new Error(`generation ${id} made ${body.generation.done} of ${IMAGES} images`);
        times.push(ms);
      }
      const sorted = [...times].sort((a, b) => a - b);
      const ideal = Math.ceil(IMAGES / concurrency) * latencyMs;
      const median = sorted[Math.floor(sorted.length / 2)];
      console.log(`\nbench:generation-remote — ${IMAGES} seed candidates from a remote provider (mock, Hugging Face route) answering in ${latencyMs} ms, limit ${concurrency} per user and provider, production build, embedded database`);
      console.log(`runs                 ${runs}: ${times.map((ms) => seconds(ms)).join(", ")}`);
      console.log(`median               ${seconds(median)}`);
      console.log(`provider-bound ideal ${seconds(ideal)} = ceil(${IMAGES} / ${concurrency}) × ${latencyMs} ms; one call after another ${seconds(IMAGES * latencyMs)}`);
      console.log(`median / ideal       ${(median / ideal).toFixed(2)}×`);
      console.log(`max in flight        ${counter.maxInFlight()} (limit ${concurrency}: ${counter.maxInFlight() <= concurrency ? "never exceeded" : "EXCEEDED"})`);
      if (counter.maxInFlight() > concurrency) throw new Error(`${counter.maxInFlight()} calls in flight, above the limit ${concurrency}`);
    });
  } finally {
    await counter.close();
    await mock.close();
  }
});
