/**
 * How long a persona batch with images takes with the embedded job driver, against making the same
 * personas one after another.
 *
 *   npx tsx scripts/bench-batch.ts [--count 20] [--db embedded|postgres] [--latency <ms>]
 *
 * Runs on a throwaway database (embedded PGlite in a temp DATA_DIR by default; with --db postgres a
 * fresh database on TEST_DATABASE_URL / postgres://postgres@127.0.0.1:5432/test) and needs no keys.
 * By default images come from the local provider, which is CPU-bound. With --latency the Hugging Face
 * provider is used against the test suite's mock model server, every image answered after that many
 * milliseconds: what a remote provider looks like. It measures three ways of making `count` personas
 * (base image, approval, 4 variations each):
 *   batch      the batch job as users run it (JOBS_CONCURRENCY, per-user and per-provider limits)
 *   batch x1   the same job with the driver limited to one run at a time
 *   serial     the same lib operations called in a plain loop, one persona after another, no job driver
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const count = Number(option("count", "20"));
const dbKind = option("db", "embedded");
const latencyMs = Number(option("latency", "0"));

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "likeness-bench-"));
  process.env.DATA_DIR = dataDir;
  for (const key of ["INNGEST_DEV", "INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY", "OPENAI_API_KEY", "HF_TOKEN", "S3_BUCKET"]) delete process.env[key];
  let dropDatabase = async () => {};
  if (dbKind === "postgres") {
    const { createTestDatabase } = await import("../tests/integration/support/test-database");
    const database = await createTestDatabase();
    await database.prisma.$disconnect();
    process.env.DATABASE_URL = database.url;
    dropDatabase = database.drop;
  } else {
    process.env.DATABASE_URL = "";
  }
  let closeMock = async () => {};
  if (latencyMs > 0) {
    const { startMockModelServer } = await import("../tests/support/mock-model-server");
    const mock = await startMockModelServer();
    // Far more slow answers than the three runs ask for; each falls back to the default image.
    mock.enqueue("huggingface", ...Array.from({ length: count * 20 }, () => ({ delayMs: latencyMs })));
    Object.assign(process.env, { HF_TOKEN: "bench", HF_ENDPOINT_URL: mock.huggingFaceUrl });
    closeMock = mock.close;
  }
  const provider = latencyMs > 0 ? "huggingface" : "local";

  const { getConfig } = await import("../lib/config/env");
  const { getDb, closeDatabase } = await import("../lib/db/client");
  const { migrateDatabase } = await import("../lib/db/migrate-database");
  const { startJobs, stopJobs } = await import("../inngest/start-jobs");
  const { createBatch } = await import("../lib/batches/create-batch");
  const { createBatchSchema } = await import("../lib/batches/batch-schemas");
  const { makePersonasSerially } = await import("./bench-batch-serial");

  await migrateDatabase();
  const db = await getDb();
  const config = getConfig();
  const user = await db.user.create({ data: { email: `bench-${Date.now()}@example.com`, passwordHash: "x" } });
  const project = await db.project.create({ data: { name: "Bench", ownerId: user.id } });
  const log = () => {};

  async function timeBatch(concurrency?: number) {
    const driver = (await startJobs({ log, ...(concurrency ? { concurrency } : {}) }))!;
    const started = performance.now();
    const batch = await createBatch(user.id, project.id, createBatchSchema.parse({ count, images: true, seed: 1234, provider, autoApprove: "always" }));
    await driver.waitForIdle({ timeoutMs: 30 * 60_000 });
    const ms = performance.now() - started;
    const row = await db.batch.findUniqueOrThrow({ where: { id: batch.id } });
    await stopJobs();
    if (row.status !== "completed" || row.personasDone !== count) throw new Error(`batch ended ${row.status} with ${row.personasDone}/${count} personas`);
    return { ms, images: row.imagesDone, concurrency: driver.concurrency };
  }

  const originalLog = console.log;
  console.log = () => {}; // the driver's start-up line
  const parallel = await timeBatch();
  const single = await timeBatch(1);
  const serialStarted = performance.now();
  const serialImages = await makePersonasSerially(user.id, project.id, count, provider);
  const serial = { ms: performance.now() - serialStarted, images: serialImages };
  console.log = originalLog;

  const row = (label: string, result: { ms: number; images: number }) =>
    `${label.padEnd(44)} ${(result.ms / 1000).toFixed(1).padStart(6)} s  ${(result.ms / count).toFixed(0).padStart(5)} ms/persona  ${((result.images / result.ms) * 1000).toFixed(1).padStart(5)} images/s`;
  const providerText = latencyMs > 0 ? `remote provider answering in ${latencyMs} ms (mock)` : "local provider";
  console.log(`\n${count} personas with images (base + 4 variations each), ${providerText}, ${config.database} database`);
  console.log(`limits: JOBS_CONCURRENCY=${config.JOBS_CONCURRENCY}, GENERATION_CONCURRENCY_PER_USER=${config.GENERATION_CONCURRENCY_PER_USER}, PROVIDER_CONCURRENCY=${config.PROVIDER_CONCURRENCY}\n`);
  console.log(row(`batch job, embedded driver (concurrency ${parallel.concurrency})`, parallel));
  console.log(row("batch job, embedded driver (concurrency 1)", single));
  console.log(row("one persona after another, no job driver", serial));
  console.log(`\nbatch vs one after another: ${(serial.ms / parallel.ms).toFixed(2)}× faster; driver at concurrency 1 costs ${(single.ms / serial.ms).toFixed(2)}× the plain loop`);

  await closeDatabase();
  await dropDatabase();
  await closeMock();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
