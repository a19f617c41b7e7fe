/**
 * Face analysis cost: model load, p50/p95 per image, and the resident memory it adds to the process.
 * npx tsx scripts/bench-faces.ts [--runs 20]
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { analyzeFace } from "@/lib/faces/analyze-face";

const runsArg = process.argv.indexOf("--runs");
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;
const dir = path.resolve("tests/fixtures/faces");
const fixtures = readdirSync(dir)
  .filter((name) => name.endsWith(".jpg"))
  .map((name) => readFileSync(path.join(dir, name)));

const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;
const before = process.memoryUsage().rss;
const start = performance.now();
await analyzeFace(fixtures[0]);
const firstMs = performance.now() - start;
async function measure(images: Buffer[]) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await analyzeFace(images[i % images.length]);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`;
}
console.log(`first analysis (loads the models): ${Math.round(firstMs)} ms`);
console.log(`per image (${runs} runs, ~150 px portraits): ${await measure(fixtures)}`);
const large = await Promise.all(fixtures.map((image) => sharp(image).resize(1024, 1024).png().toBuffer()));
console.log(`per image (${runs} runs, 1024×1024 PNG): ${await measure(large)}`);
console.log(`RSS added by the face engine: ${mib(process.memoryUsage().rss - before)} (process ${mib(process.memoryUsage().rss)})`);
