/**
 * The avatar grid at scale on the embedded database (PGlite): seeds 10,000 personas in one project
 * (three in four with a base image and the four generations that made it and its variations) and times
 * the REST page and the project page's queries, plain, with a search and with a status filter:
 *   npx tsx scripts/bench-gallery.ts [--personas 10000] [--runs 40] [--queries]
 * `--queries` also prints each SQL statement one REST page and one project page send, with its time.
 * Target: p95 ≤ 100 ms. The README quotes the figures.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback;
const personaCount = process.argv.includes("--personas") ? arg("personas", 10_000) : 10_000;
const runs = process.argv.includes("--runs") ? arg("runs", 40) : 40;
const showQueries = process.argv.includes("--queries");
const GENERATIONS_PER_PERSONA = 4;
const dataDir = mkdtempSync(path.join(tmpdir(), "likeness-bench-gallery-"));
process.env.DATA_DIR = dataDir;
process.env.DATABASE_URL = "";

const FIRST = ["Maya", "Omar", "Lena", "Kenji", "Ana", "Sofia", "Liam", "Noah", "Amara", "Ravi", "Elena", "Tomás"];
const LAST = ["Christensen", "Haddad", "Fischer", "Watanabe", "Souza", "Okafor", "Novak", "Rossi", "Kowalski", "Nguyen"];
const STATES = ["pending_upload", "draft", "approved", "rejected"] as const;

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { text: `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`, p95: at(0.95) };
}

async function timeMany(label: string, work: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  const result = stats(times);
  console.log(`${label.padEnd(52)} ${result.text}`);
  return result.p95;
}

/** Every statement PGlite runs while `recording` is on, with its time (Prisma's, as the app sends them). */
const statements: { sql: string; ms: number }[] = [];
let recording = false;

async function recordStatements() {
  const { PGlite } = await import("@electric-sql/pglite");
  const query = PGlite.prototype.query;
  PGlite.prototype.query = async function (this: InstanceType<typeof PGlite>, ...args: Parameters<typeof query>) {
    const start = performance.now();
    try {
      return await query.apply(this, args);
    } finally {
      if (recording) statements.push({ sql: String(args[0]).replace(/\s+/g, " "), ms: performance.now() - start });
    }
  } as typeof query;
}

async function printStatements(label: string, work: () => Promise<unknown>) {
  await work();
  statements.length = 0;
  recording = true;
  const start = performance.now();
  await work();
  const total = performance.now() - start;
  recording = false;
  console.log(`${label}: ${total.toFixed(1)} ms, ${statements.length} statements`);
  for (const { sql, ms } of statements) console.log(`  ${ms.toFixed(1).padStart(6)} ms  ${sql.slice(0, 160)}${sql.length > 160 ? "…" : ""}`);
}

async function main() {
  if (showQueries) await recordStatements();
  const { migrateDatabase } = await import("../lib/db/migrate-database");
  await migrateDatabase();
  const { getDb, closeDatabase } = await import("../lib/db/client");
  const db = await getDb();
  const user = await db.user.create({ data: { email: "bench@example.com", passwordHash: "x" } });
  const project = await db.project.create({ data: { ownerId: user.id, name: "Bench" } });
  const batch = await db.batch.create({ data: { projectId: project.id, userId: user.id, count: 500, seed: 1 } });

  const seeding = performance.now();
  const base = Date.UTC(2026, 0, 1);
  for (let start = 0; start < personaCount; start += 1000) {
    const avatars = Array.from({ length: Math.min(1000, personaCount - start) }, (_, j) => {
      const i = start + j;
      return {
        id: `bench${String(i).padStart(6, "0")}`,
        projectId: project.id,
        name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`,
        baseImageStatus: STATES[i % 4],
        batchId: i < 500 ? batch.id : null,
        createdAt: new Date(base + i * 1000),
      };
    });
    await db.avatar.createMany({ data: avatars });
    const withBase = avatars.filter((avatar) => avatar.baseImageStatus !== "pending_upload");
    await db.image.createMany({
      data: withBase.map((avatar) => ({ id: `img-${avatar.id}`, avatarId: avatar.id, kind: "base" as const, storageKey: `k/${avatar.id}`, thumbnailKey: `t/${avatar.id}`, mimeType: "image/png", width: 1024, height: 1024, sizeBytes: 1, md5: "x" })),
    });
    await db.$executeRawUnsafe(`UPDATE "Avatar" SET "baseImageId" = 'img-' || "id" WHERE "projectId" = $1 AND "baseImageStatus" <> 'pending_upload' AND "baseImageId" IS NULL`, project.id);
    // A persona's history: its seed generations and variations, the newest last.
    await db.generation.createMany({
      data: withBase.flatMap((avatar) =>
        Array.from({ length: GENERATIONS_PER_PERSONA }, (_, k) => ({
          userId: user.id,
          projectId: project.id,
          avatarId: avatar.id,
          type: k < GENERATIONS_PER_PERSONA - 1 ? ("seed" as const) : ("variations" as const),
          status: "completed" as const,
          provider: "local",
          total: k < GENERATIONS_PER_PERSONA - 1 ? 1 : 4,
          done: k < GENERATIONS_PER_PERSONA - 1 ? 1 : 4,
          createdAt: new Date(avatar.createdAt.getTime() + (k + 1) * 100),
        })),
      ),
    });
  }
  await db.$executeRawUnsafe(`ANALYZE`);
  console.log(`seeded ${personaCount} personas (3/4 with a base image and ${GENERATIONS_PER_PERSONA} generations) in ${((performance.now() - seeding) / 1000).toFixed(1)} s; ${runs} runs each:`);

  const { avatarListQuerySchema, avatarListQueryFromSearch } = await import("../lib/avatars/avatar-list-query");
  const { listAvatars, countAvatars } = await import("../lib/avatars/list-avatars");
  const { listBatches } = await import("../lib/batches/list-batches");
  const { getProjectOrThrow } = await import("../lib/projects/get-project-or-throw");
  const { parseQuery } = await import("../lib/api/parse-request");

  // What GET /api/v1/projects/:projectId/avatars does: parse the query, list one page.
  const rest = (search: string) => () => listAvatars(user.id, project.id, parseQuery(new Request(`http://bench/api/v1/projects/${project.id}/avatars${search}`), avatarListQuerySchema));
  // What the project page loads before it renders.
  const page = (search: Record<string, string>) => async () => {
    const query = avatarListQueryFromSearch(search, 24);
    const { cursor: _cursor, sort: _sort, limit: _limit, ...filter } = query;
    const shown = await getProjectOrThrow(user.id, project.id);
    await Promise.all([
      listAvatars(user.id, project.id, query),
      filter.q || filter.status || filter.batchId ? countAvatars(user.id, project.id, filter) : shown.avatarCount,
      countAvatars(user.id, project.id, { missingBase: true }),
      listBatches(user.id, project.id, { limit: 50 }),
    ]);
  };
  const middle = (await listAvatars(user.id, project.id, { limit: 100, sort: "name" })).nextCursor!;

  if (showQueries) {
    await printStatements("REST page (24, newest)", rest("?limit=24"));
    await printStatements("project page queries, q=maya & status=approved", page({ q: "maya", status: "approved" }));
  }

  const p95s = [
    await timeMany("REST page (24, newest)", rest("?limit=24")),
    await timeMany("REST page, search ?q=maya", rest("?q=maya&limit=24")),
    await timeMany("REST page, search with no match ?q=zzz", rest("?q=zzz&limit=24")),
    await timeMany("REST page, ?status=approved", rest("?status=approved&limit=24")),
    await timeMany("REST page, ?q=lena&status=draft&sort=name", rest("?q=lena&status=draft&sort=name&limit=24")),
    await timeMany("REST page, ?sort=name&cursor=<100th>", rest(`?sort=name&limit=24&cursor=${middle}`)),
    await timeMany("project page queries (no filter)", page({})),
    await timeMany("project page queries, q=maya & status=approved", page({ q: "maya", status: "approved" })),
    await timeMany("project page queries, batch filter", page({ batchId: batch.id })),
  ];
  // The database's own work, without Prisma or the event loop: PGlite's EXPLAIN ANALYZE execution time.
  const { getDatabase } = await import("../lib/db/client");
  const database = await getDatabase();
  const explain = async (label: string, sql: string, params: unknown[]) => {
    const rows = await database.sql.query<Record<string, unknown>>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
    const plan = Object.values(rows[0])[0] as [{ "Execution Time": number }];
    const parsed = typeof plan === "string" ? (JSON.parse(plan) as [{ "Execution Time": number }]) : plan;
    console.log(`${`SQL: ${label}`.padEnd(52)} ${parsed[0]["Execution Time"].toFixed(2)} ms`);
  };
  const page24 = `SELECT a."id" FROM "Avatar" a JOIN "Project" p ON p."id" = a."projectId" WHERE a."projectId" = $1 AND p."ownerId" = $2`;
  await explain("page, newest", `${page24} ORDER BY a."createdAt" DESC, a."id" DESC LIMIT 25`, [project.id, user.id]);
  await explain("page, ILIKE with no match", `${page24} AND a."name" ILIKE '%zzz%' ORDER BY a."createdAt" DESC, a."id" DESC LIMIT 25`, [project.id, user.id]);
  await explain("page, status = approved", `${page24} AND a."baseImageStatus" = 'approved' ORDER BY a."createdAt" DESC, a."id" DESC LIMIT 25`, [project.id, user.id]);
  await explain("page, sort by name", `${page24} ORDER BY a."name" ASC, a."id" ASC LIMIT 25`, [project.id, user.id]);
  await explain("count, missing base image", `SELECT count(*) FROM "Avatar" a JOIN "Project" p ON p."id" = a."projectId" WHERE a."projectId" = $1 AND p."ownerId" = $2 AND a."baseImageId" IS NULL`, [project.id, user.id]);
  await explain("latest generation of each of 24", `SELECT DISTINCT ON ("avatarId") "id" FROM "Generation" WHERE "avatarId" IN (SELECT "id" FROM "Avatar" WHERE "projectId" = $1 ORDER BY "createdAt" DESC LIMIT 24) ORDER BY "avatarId", "createdAt" DESC, "id" DESC`, [project.id]);
  await explain("count, ILIKE maya and approved", `SELECT count(*) FROM "Avatar" a JOIN "Project" p ON p."id" = a."projectId" WHERE a."projectId" = $1 AND p."ownerId" = $2 AND a."name" ILIKE '%maya%' AND a."baseImageStatus" = 'approved'`, [project.id, user.id]);

  const worst = Math.max(...p95s);
  console.log(`worst p95 ${worst.toFixed(1)} ms (target ≤ 100 ms): ${worst <= 100 ? "ok" : "OVER"}`);
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
