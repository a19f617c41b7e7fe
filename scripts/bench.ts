/**
 * Benchmarks the embedded default (PGlite, local files, in-process jobs, local provider):
 *   npm run bench [-- --avatars 20]
 * Prints the figures quoted in the README. Numbers depend on the machine; the README says which.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const avatarCount = Number(process.argv[process.argv.indexOf("--avatars") + 1]) || 20;
const dataDir = mkdtempSync(path.join(tmpdir(), "likeness-bench-"));
process.env.DATA_DIR = dataDir;
process.env.DATABASE_URL = "";

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms`;
}

async function time<T>(fn: () => Promise<T>) {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

async function main() {
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

  const { createLocalProvider } = await import("../lib/providers/image/local");
  const { makeThumbnail } = await import("../lib/images/make-thumbnail");
  const provider = createLocalProvider();
  const renders: number[] = [];
  const thumbs: number[] = [];
  let png: Buffer = Buffer.alloc(0);
  for (let seed = 0; seed < 20; seed++) {
    const render = await time(() => provider.generate({ prompt: "bench", width: 1024, height: 1024, seed }));
    renders.push(render.ms);
    png = render.value.data;
    thumbs.push((await time(() => makeThumbnail(png))).ms);
  }
  console.log(`local provider, 1024×1024 PNG (${(png.length / 1024).toFixed(0)} KiB): ${stats(renders)}`);
  console.log(`thumbnail 300×300 JPEG: ${stats(thumbs)}`);

  const started = await time(async () => {
    const { migrateDatabase } = await import("../lib/db/migrate-database");
    await migrateDatabase();
    const { startJobs } = await import("../inngest/start-jobs");
    await startJobs();
  });
  console.log(`embedded start (PGlite open + migrations + job driver): ${started.ms.toFixed(0)} ms`);

  const { getDb } = await import("../lib/db/client");
  const db = await getDb();
  const user = await db.user.create({ data: { email: "bench@example.com", passwordHash: "x" } });
  const project = await db.project.create({ data: { ownerId: user.id, name: "Bench" } });
  const { generateAvatar } = await import("../lib/avatars/generate-avatar");
  const { getEmbeddedDriver } = await import("../inngest/start-jobs");

  const requests: number[] = [];
  const wall = performance.now();
  for (let i = 0; i < avatarCount; i++) {
    const request = await time(() =>
      generateAvatar(user.id, project.id, { name: `Bench ${i}`, prompt: "bench", width: 1024, height: 1024, provider: "local", seed: i }),
    );
    requests.push(request.ms);
  }
  await (await getEmbeddedDriver()).waitForIdle({ timeoutMs: 300_000 });
  const wallMs = performance.now() - wall;
  const generations = await db.generation.findMany({ where: { projectId: project.id } });
  const failed = generations.filter((g) => g.status !== "completed").length;
  const latencies = generations.map((g) => g.completedAt!.getTime() - g.createdAt.getTime());
  console.log(`generate request (answers 202 before the job runs): ${stats(requests)}`);
  console.log(
    `${avatarCount} avatars queued at once, queue to completed: ${stats(latencies)}; all done in ${(wallMs / 1000).toFixed(1)} s ` +
      `(${(avatarCount / (wallMs / 1000)).toFixed(1)} avatars/s), ${failed} failed`,
  );

  const { listAvatars } = await import("../lib/avatars/list-avatars");
  const pages: number[] = [];
  for (let i = 0; i < 20; i++) pages.push((await time(() => listAvatars(user.id, project.id, { limit: 24 }))).ms);
  console.log(`gallery page (24 avatars with images): ${stats(pages)}`);

  clearInterval(sampler);
  console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
  const { stopJobs } = await import("../inngest/start-jobs");
  await stopJobs();
  const { closeDatabase } = await import("../lib/db/client");
  await closeDatabase();
  rmSync(dataDir, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
