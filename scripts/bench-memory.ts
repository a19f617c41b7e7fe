/**
 * Targets 3 and 4 of issue 16: the server's memory through a 100-persona batch and its ZIP export, and
 * how soon and how cheaply the ZIP streams.
 *
 *   NEXT_DIST_DIR=.next npm run bench:memory [-- --count 100]
 *
 * Runs the production build (`npm run build` first) on a fresh embedded database with the local
 * provider, sampling the resident memory of the server and all its processes from /proc every 50 ms.
 * Runs a `count`-persona batch with images, then downloads its ZIP export. Prints the peak resident set
 * against 768 MiB, and the ZIP's time to first byte (≤ 1 s) and memory added above the server's resident
 * set just before the download (< 100 MiB). BENCH_SMALL=1: 3 personas.
 */
import { benchSmall, mebibytes, MiB, runBatch, runBench, sampleRss, seconds, withBenchApp, treeRss } from "./bench-app";

const args = process.argv.slice(2);
const index = args.indexOf("--count");
const count = index >= 0 && args[index + 1] ? Number(args[index + 1]) : benchSmall ? 3 : 100;
const PEAK_TARGET = 768 * MiB;
const TTFB_TARGET_MS = 1000;
const ADDED_TARGET = 100 * MiB;

runBench(async () => {
  await withBenchApp({ OPENAI_API_KEY: "", HF_TOKEN: "" }, async ({ app, api, projectId }) => {
    const rss = sampleRss(app.pid);
    try {
      const idle = treeRss(app.pid);
      const run = await runBatch(api, projectId, count, "local");
      const batchPeak = rss.peak();

      await new Promise((resolve) => setTimeout(resolve, 1000));
      const beforeExport = treeRss(app.pid);
      rss.resetPeak();
      const started = performance.now();
      const res = await api.raw(`/api/v1/batches/${run.id}/export?format=zip`);
      if (res.status !== 200 || !res.body) throw new Error(`ZIP export answered ${res.status}`);
      const reader = res.body.getReader();
      let firstByteMs: number | null = null;
      let bytes = 0;
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        firstByteMs ??= performance.now() - started;
        bytes += chunk.value.byteLength;
      }
      const exportMs = performance.now() - started;
      const exportPeak = rss.peak();
      const added = exportPeak - beforeExport;
      const peak = Math.max(batchPeak, exportPeak);
      const verdict = (met: boolean) => (met ? "met" : "not met");

      console.log(`\nbench:memory — ${count} personas × 5 images (local provider) and their ZIP export, production build, embedded database`);
      console.log(`server processes     resident set of \`next start\` and its descendants, sampled every 50 ms from /proc`);
      console.log(`idle after start     ${mebibytes(idle)}`);
      console.log(`batch                ${run.imagesDone} images in ${seconds(run.wallMs)}, peak ${mebibytes(batchPeak)}`);
      console.log(`ZIP export           ${(bytes / MiB).toFixed(1)} MiB in ${seconds(exportMs)}, peak ${mebibytes(exportPeak)}`);
      console.log(`peak resident set    ${mebibytes(peak)} (target < 768 MiB: ${verdict(peak < PEAK_TARGET)})`);
      console.log(`ZIP first byte       ${firstByteMs === null ? "n/a" : `${firstByteMs.toFixed(0)} ms`} (target ≤ ${TTFB_TARGET_MS} ms: ${verdict(firstByteMs !== null && firstByteMs <= TTFB_TARGET_MS)})`);
      console.log(`ZIP memory added     ${mebibytes(added)} above ${mebibytes(beforeExport)} before the download (target < 100 MiB: ${verdict(added < ADDED_TARGET)})`);
    } finally {
      rss.stop();
    }
  });
});
