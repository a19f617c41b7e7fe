import { mkdirSync } from "node:fs";
import path from "node:path";
import { getConfig } from "@/lib/config/env";
import { PrismaClient } from "./generated/client";
import type { SqlRunner } from "./migrations";

interface Database {
  prisma: PrismaClient;
  sql: SqlRunner;
  /** One connection for work that must stay on a single session (advisory locks, transactions). */
  withSession<T>(work: (sql: SqlRunner) => Promise<T>): Promise<T>;
  kind: "postgres" | "embedded";
  close(): Promise<void>;
}

// One database per process: Next.js may evaluate this module several times, and two PGlite
// instances on one data directory corrupt it.
const globalForDb = globalThis as unknown as { likenessDb?: Promise<Database> };

async function openPostgres(url: string): Promise<Database> {
  const { Pool } = await import("pg");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const pool = new Pool({ connectionString: url, max: 10 });
  // An idle connection that the server ends (a restart, an admin termination) must not crash the process; the pool replaces it.
  pool.on("error", (error) => console.error(`[db] idle connection lost: ${error.message}`));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    kind: "postgres",
    sql: {
      exec: async (text) => void (await pool.query(text)),
      query: async (text, params) => (await pool.query(text, params as unknown[])).rows,
    },
    withSession: async (work) => {
      const client = await pool.connect();
      try {
        return await work({
          exec: async (text) => void (await client.query(text)),
          query: async (text, params) => (await client.query(text, params as unknown[])).rows,
        });
      } finally {
        client.release();
      }
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openEmbedded(dataDir: string): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const dir = path.join(dataDir, "pglite");
  mkdirSync(dir, { recursive: true });
  const pglite = new PGlite(dir);
  await pglite.waitReady;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const sql: SqlRunner = {
    exec: async (text) => void (await pglite.exec(text)),
    query: async <T,>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
  };
  return {
    prisma,
    kind: "embedded",
    sql,
    // PGlite has a single connection.
    withSession: (work) => work(sql),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

/** Opens (once) the configured database: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
export function getDatabase(): Promise<Database> {
  if (!globalForDb.likenessDb) {
    const config = getConfig();
    globalForDb.likenessDb = config.DATABASE_URL ? openPostgres(config.DATABASE_URL) : openEmbedded(config.dataDir);
    globalForDb.likenessDb.catch(() => (globalForDb.likenessDb = undefined));
  }
  return globalForDb.likenessDb;
}

/** The Prisma client for the configured database. */
export async function getDb(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}

export async function closeDatabase() {
  const db = globalForDb.likenessDb;
  globalForDb.likenessDb = undefined;
  if (db) await (await db).close();
}

export type { PrismaClient };
