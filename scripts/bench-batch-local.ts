/**
 * Target 2 of issue 16: a batch with the local provider against the CPU floor measured in the same run.
 *
 *   NEXT_DIST_DIR=.next npm run bench:batch-local [-- --count 50]
 *
 * First renders and thumbnails sample images in this process to measure the CPU one image costs, then
 * runs a `count`-persona batch with images (base + 4 variations each, local provider) on the production
 * build (`npm run build` first) and a fresh embedded database. Prints the wall time against the floor
 * images × (render + thumbnail) ÷ cores. BENCH_SMALL=1: 2 personas, 3 samples.
 */
import { availableParallelism } from "node:os";
import { benchSmall, runBatch, runBench, seconds, treeCpuMs, withBenchApp } from "./bench-app";

const args = process.argv.slice(2);
const index = args.indexOf("--count");
const count = index >= 0 && args[index + 1] ? Number(args[index + 1]) : benchSmall ? 2 : 50;
const samples = benchSmall ? 3 : 20;
const TARGET = 1.5;

/** CPU milliseconds (user + system, all threads) of rendering one 1024² local image and its thumbnail. */
async function cpuPerImage() {
  const { createLocalProvider } = await import("../lib/providers/image/local");
  const { makeThumbnail } = await import("../lib/images/make-thumbnail");
  const provider = createLocalProvider();
  await makeThumbnail((await provider.generate({ prompt: "warm-up", width: 1024, height: 1024, seed: 0 })).data);
  const before = process.cpuUsage();
  for (let seed = 1; seed <= samples; seed++) {
    const image = await provider.generate({ prompt: "bench", width: 1024, height: 1024, seed, identitySeed: `bench-${seed}`, variationIndex: seed % 4 });
    await makeThumbnail(image.data);
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / samples;
}

runBench(async () => {
  const cores = availableParallelism();
  const perImageMs = await cpuPerImage();
  await withBenchApp({ OPENAI_API_KEY: "", HF_TOKEN: "" }, async ({ app, api, projectId }) => {
    const cpuBefore = treeCpuMs(app.pid);
    const run = await runBatch(api, projectId, count, "local");
    const serverCpuMs = treeCpuMs(app.pid) - cpuBefore;
    const floorMs = (run.imagesDone * perImageMs) / cores;
    const ratio = run.wallMs / floorMs;
    console.log(`\nbench:batch-local — ${count} personas × 5 images, local provider, production build, embedded database, ${cores} cores`);
    console.log(`images made          ${run.imagesDone}`);
    console.log(`render + thumbnail   ${perImageMs.toFixed(1)} ms of CPU per image (mean of ${samples}, measured in this run)`);
    console.log(`wall time            ${seconds(run.wallMs)} (server's batch duration ${run.durationMs === null ? "n/a" : seconds(run.durationMs)})`);
    console.log(`CPU floor            ${seconds(floorMs)} = ${run.imagesDone} × ${perImageMs.toFixed(1)} ms ÷ ${cores} cores`);
    console.log(`server CPU           ${seconds(serverCpuMs)} = ${(serverCpuMs / run.imagesDone).toFixed(1)} ms per image, ${(serverCpuMs / run.imagesDone / perImageMs).toFixed(2)}× the render + thumbnail (load-independent, unlike the wall time)`);
    console.log(`wall / floor         ${ratio.toFixed(2)}× (target ≤ ${TARGET}×: ${ratio <= TARGET ? "met" : "not met"})`);
  });
});
