/**
 * Content-safety classifier cost and the benign scores behind the default SAFETY_FLAG_THRESHOLD: model load,
 * p50/p95 per image, the resident memory it adds, and the highest explicit score (Porn + Hentai) seen on
 * benign images (the face fixtures, the photos in @vladmandic/human's assets, the local provider's avatars).
 * npx tsx scripts/bench-safety.ts [--runs 20] [--avatars 40]   (BENCH_SMALL=1: 4 runs, 4 avatars, as CI runs it)
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { createLocalProvider } from "@/lib/providers/image/local";
import { classifyImage } from "@/lib/safety/classify-image";
import { EXPLICIT_CLASSES } from "@/lib/safety/safety-rule";

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const small = process.env.BENCH_SMALL === "1";
const runs = option("--runs", small ? 4 : 20);
const avatarCount = option("--avatars", small ? 4 : 40);

const readImages = (dir: string) =>
  readdirSync(dir)
    .filter((name) => /\.(jpe?g|png)$/i.test(name))
    .map((name) => ({ name, data: readFileSync(path.join(dir, name)) }));
const fixtures = readImages(path.resolve("tests/fixtures/faces"));
const assets = readImages(path.resolve("node_modules/@vladmandic/human/assets"));
const provider = createLocalProvider();
const avatars = await Promise.all(
  Array.from({ length: avatarCount }, async (_, index) => ({
    name: `local avatar ${index}`,
    data: (await provider.generate({ prompt: "", width: 512, height: 512, seed: index * 7919, identitySeed: `bench-${index}` })).data,
  })),
);

const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;
const before = process.memoryUsage().rss;
const start = performance.now();
await classifyImage(fixtures[0].data);
console.log(`first classification (loads the model): ${Math.round(performance.now() - start)} ms`);

async function timePerImage(images: Buffer[]) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await classifyImage(images[i % images.length]);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`;
}
console.log(`per image (${runs} runs, ~150 px portraits): ${await timePerImage(fixtures.map((image) => image.data))}`);
const large = await Promise.all(fixtures.map((image) => sharp(image.data).resize(1024, 1024).png().toBuffer()));
console.log(`per image (${runs} runs, 1024×1024 PNG): ${await timePerImage(large)}`);
console.log(`RSS added by the safety engine: ${mib(process.memoryUsage().rss - before)} (process ${mib(process.memoryUsage().rss)})`);

for (const [setName, images] of [["face fixtures", fixtures], ["human assets", assets], ["local avatars", avatars]] as const) {
  const scored = [];
  for (const image of images) {
    const verdict = await classifyImage(image.data);
    scored.push({ name: image.name, explicit: EXPLICIT_CLASSES.reduce((sum, name) => sum + verdict.scores[name], 0), verdict });
  }
  scored.sort((a, b) => b.explicit - a.explicit);
  const top = scored[0];
  console.log(
    `${setName} (${images.length}): highest explicit score ${top.explicit.toFixed(3)} (${top.name}, label ${top.verdict.label}); flagged at the configured threshold: ${scored.filter((s) => s.verdict.flagged).length}`,
  );
}
