/**
 * What the embedded database costs per image: counts the SQL statements a local batch sends (in this
 * process, embedded engine, PGlite), by table and verb, and times PGlite alone on statements of the same
 * shape (a primary-key read and an UPDATE of a row with a 2 KB JSON column), on a data directory and in memory:
 *   npm run bench:statements [-- --count 4] [-- --by-caller]
 * Their product is a floor under the embedded database's own CPU per image (the app's statements are
 * heavier than these), which no change of the engine or of threads removes. BENCH_SMALL=1: 2 personas, 300 timed statements.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { benchSmall } from "./bench-app";

const args = process.argv.slice(2);
const countAt = args.indexOf("--count");
const personas = countAt >= 0 && args[countAt + 1] ? Number(args[countAt + 1]) : benchSmall ? 2 : 4;
// --by-caller: also count by the app's function that sent each statement (the nearest lib/ or inngest/ frame).
const byCaller = args.includes("--by-caller");
const timedStatements = benchSmall ? 300 : 3000;
const dataDir = mkdtempSync(path.join(tmpdir(), "likeness-bench-statements-"));
process.env.DATA_DIR = dataDir;
process.env.DATABASE_URL = "";
// The benchmark's own polling is marked so it is not counted as the app's.
const OWN = "/* bench */";

/** The nearest frames of the app's own code (lib/, inngest/, not lib/db) on the stack that sent a statement. */
function callerOf(stack: string) {
  const frames = stack.split("\n").flatMap((line) => {
    const match = /\/(lib|inngest)\/([\w/-]+)\.ts(:\d+)?/.exec(line);
    return match && !match[2].startsWith("db/") ? [`${match[1]}/${match[2]}${match[3] ?? ""}`] : [];
  });
  return frames.slice(0, 2).join(" < ") || "(no app frame)";
}

/** "UPDATE Generation", "SELECT JobRun" …: the verb and the first table a statement names. */
function kindOf(sql: string) {
  const verb = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? "?";
  const table = /(?:FROM|INTO|UPDATE)\s+(?:"public"\.)?"(\w+)"/i.exec(sql)?.[1] ?? "?";
  return `${verb} ${table}`;
}

async function countBatchStatements() {
  const { PGlite } = await import("@electric-sql/pglite");
  const counts = new Map<string, number>();
  const callers = new Map<string, number>();
  if (byCaller) Error.stackTraceLimit = 60;
  let recording = false;
  const query = PGlite.prototype.query;
  PGlite.prototype.query = async function (this: InstanceType<typeof PGlite>, ...queryArgs: Parameters<typeof query>) {
    const sql = String(queryArgs[0]);
    if (recording && !sql.startsWith(OWN)) {
      const kind = kindOf(sql);
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      if (byCaller) {
        const caller = `${kind.padEnd(22)} ${callerOf(new Error().stack ?? "")}`;
        callers.set(caller, (callers.get(caller) ?? 0) + 1);
      }
    }
    return query.apply(this, queryArgs);
  } as typeof query;

  const { migrateDatabase } = await import("../lib/db/migrate-database");
  await migrateDatabase();
  const { startJobs } = await import("../inngest/start-jobs");
  await startJobs();
  const { getDb } = await import("../lib/db/client");
  const db = await getDb();
  const user = await db.user.create({ data: { email: "bench-statements@example.com", passwordHash: "x" } });
  const project = await db.project.create({ data: { ownerId: user.id, name: "Statements" } });
  const { createBatch } = await import("../lib/batches/create-batch");
  const { createBatchSchema } = await import("../lib/batches/batch-schemas");

  recording = true;
  const started = performance.now();
  const batch = await createBatch(user.id, project.id, createBatchSchema.parse({ count: personas, images: true, provider: "local", autoApprove: "always" }));
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const [row] = await db.$queryRawUnsafe<{ status: string }[]>(`${OWN} SELECT "status"::text AS status FROM "Batch" WHERE "id" = $1`, batch.id);
    if (["completed", "failed", "cancelled"].includes(row.status)) break;
    if (performance.now() - started > 300_000) throw new Error("The batch did not finish in 5 minutes");
  }
  recording = false;
  PGlite.prototype.query = query;
  const images = await db.image.count({ where: { avatar: { batchId: batch.id } } });
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const { closeDatabase } = await import("../lib/db/client");
  const { stopJobs } = await import("../inngest/start-jobs");
  await stopJobs();
  await closeDatabase();
  return { images, total, counts, callers };
}

/** Wall and CPU milliseconds per statement PGlite runs, alternating a primary-key read and an UPDATE of a JSON row. */
async function timePGlite(dir: string) {
  const { PGlite } = await import("@electric-sql/pglite");
  const pglite = new PGlite(dir);
  await pglite.waitReady;
  await pglite.exec(`CREATE TABLE run (id text PRIMARY KEY, state jsonb NOT NULL, attempt int NOT NULL DEFAULT 0, "updatedAt" timestamptz NOT NULL DEFAULT now())`);
  const state = (fill: string) => JSON.stringify({ steps: Array.from({ length: 20 }, (_, index) => ({ id: `step-${index}`, data: fill.repeat(100) })) });
  for (let index = 0; index < 100; index++) await pglite.query(`INSERT INTO run (id, state) VALUES ($1, $2)`, [`r${index}`, state("x")]);
  const cpu = process.cpuUsage();
  const wall = performance.now();
  for (let index = 0; index < timedStatements; index++) {
    const id = `r${index % 100}`;
    if (index % 2) await pglite.query(`UPDATE run SET state = $2, attempt = attempt + 1, "updatedAt" = now() WHERE id = $1`, [id, state("y")]);
    else await pglite.query(`SELECT id, state, attempt FROM run WHERE id = $1`, [id]);
  }
  const used = process.cpuUsage(cpu);
  await pglite.close();
  return { wallMs: (performance.now() - wall) / timedStatements, cpuMs: (used.user + used.system) / 1000 / timedStatements };
}

async function main() {
  const { images, total, counts, callers } = await countBatchStatements();
  const perImage = total / Math.max(images, 1);
  console.log(`\nbench:statements — ${personas} personas × 5 images, local provider, embedded engine in this process`);
  console.log(`images made          ${images}`);
  console.log(`SQL statements       ${total} = ${perImage.toFixed(1)} per image`);
  for (const [kind, n] of [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    console.log(`  ${(n / Math.max(images, 1)).toFixed(2).padStart(6)} per image  ${kind}`);
  }
  if (byCaller) {
    console.log("by caller (statement, then the app's nearest two frames)");
    for (const [caller, n] of [...callers.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${(n / Math.max(images, 1)).toFixed(2).padStart(6)} per image  ${caller}`);
  }
  const onDisk = await timePGlite(path.join(dataDir, "timing"));
  const inMemory = await timePGlite("memory://");
  console.log(`PGlite per statement ${onDisk.cpuMs.toFixed(3)} ms CPU (${onDisk.wallMs.toFixed(3)} ms wall) on a data directory, ${inMemory.cpuMs.toFixed(3)} ms CPU in memory (${timedStatements} statements each)`);
  console.log(`PGlite CPU per image ≥ ${(perImage * onDisk.cpuMs).toFixed(1)} ms (statements per image × CPU per simple statement; Prisma's share comes on top)`);
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
});
