/**
 * Target 1 of issue 16: a batch against a remote provider answering in 400 ms, at the provider's limit.
 *
 *   NEXT_DIST_DIR=.next npm run bench:batch-remote [-- --count 50 --latency 400 --concurrency 4]
 *
 * Runs the production build (`npm run build` first) on a fresh embedded database, the Hugging Face
 * provider pointed at the test suite's mock model server, PROVIDER_CONCURRENCY and
 * GENERATION_CONCURRENCY_PER_USER set to --concurrency, JOBS_CONCURRENCY to twice that. Prints the wall time of a `count`-persona batch
 * with images (base + 4 variations each) against the provider-bound ideal ceil(images / concurrency) ×
 * latency, and the most calls in flight at once (counted by a pass-through in front of the mock). BENCH_SMALL=1: 2 personas.
 */
import { startMockModelServer } from "../tests/support/mock-model-server";
import { benchSmall, runBatch, runBench, seconds, threadCpuMs, threadCpuPerImage, treeCpuMs, remoteProviderEnv, startInFlightCounter, withBenchApp } from "./bench-app";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? Number(args[index + 1]) : fallback;
};
const count = option("count", benchSmall ? 2 : 50);
const latencyMs = option("latency", 400);
const concurrency = option("concurrency", 4);
const TARGET = 1.15;

runBench(async () => {
  const mock = await startMockModelServer();
  // Every call is answered after the latency (more answers queued than the batch makes); each falls back to the default image.
  mock.enqueue("huggingface", ...Array.from({ length: count * 20 }, () => ({ delayMs: latencyMs })));
  // The app calls the mock through a counter: the most calls it had open at once.
  const counter = await startInFlightCounter(mock.url);
  const env = {
    ...remoteProviderEnv(mock.url, mock.huggingFaceUrl, counter.url, concurrency),
    // The process-wide cap must leave room for the batch's small persona steps beside `concurrency`
    // image runs (README: raise JOBS_CONCURRENCY with the provider's limit); provider calls stay bounded by the two above.
    JOBS_CONCURRENCY: String(concurrency * 2),
  };
  try {
    await withBenchApp(env, async ({ app, api, projectId }) => {
      const cpuBefore = treeCpuMs(app.pid);
      const threadsBefore = threadCpuMs(app.pid);
      const openBefore = counter.openMs();
      counter.markStart();
      const benchCpuBefore = process.cpuUsage();
      const run = await runBatch(api, projectId, count, "huggingface");
      const serverCpuMs = treeCpuMs(app.pid) - cpuBefore;
      const threads = threadCpuPerImage(threadsBefore, threadCpuMs(app.pid), run.imagesDone);
      const meanInFlight = (counter.openMs() - openBefore) / run.wallMs;
      const benchCpu = process.cpuUsage(benchCpuBefore);
      const calls = mock.requestsFor("huggingface").length;
      const idealMs = Math.ceil(run.imagesDone / concurrency) * latencyMs;
      const ratio = run.wallMs / idealMs;
      console.log(`\nbench:batch-remote — ${count} personas × 5 images, remote provider (mock, Hugging Face route) answering in ${latencyMs} ms, concurrency ${concurrency} (JOBS_CONCURRENCY ${concurrency * 2}), production build, embedded database`);
      console.log(`images made          ${run.imagesDone} (${calls} provider calls)`);
      console.log(`wall time            ${seconds(run.wallMs)} (server's batch duration ${run.durationMs === null ? "n/a" : seconds(run.durationMs)})`);
      console.log(`provider-bound ideal ${seconds(idealMs)} = ceil(${run.imagesDone} / ${concurrency}) × ${latencyMs} ms`);
      console.log(`wall / ideal         ${ratio.toFixed(2)}× (target ≤ ${TARGET}×: ${ratio <= TARGET ? "met" : "not met"})`);
      console.log(`server CPU           ${seconds(serverCpuMs)} (${(serverCpuMs / run.imagesDone).toFixed(0)} ms per image; load-independent, unlike the wall time on a shared machine)`);
      console.log(`  by thread          ${threads} (ms per image)`);
      console.log(`mean in flight       ${meanInFlight.toFixed(2)} (the provider busy ${((meanInFlight / concurrency) * 100).toFixed(0)}% of the wall time)`);
      console.log(`in flight by second  ${counter.timeline()}`);
      console.log(`bench process CPU    ${seconds((benchCpu.user + benchCpu.system) / 1000)} (the mock model server and this counter, on the same cores)`);
      console.log(`max in flight        ${counter.maxInFlight()} (limit ${concurrency}: ${counter.maxInFlight() <= concurrency ? "never exceeded" : "EXCEEDED"})`);
    });
  } finally {
    await counter.close();
    await mock.close();
  }
});
