import { randomBytes } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrations";

export const TEST_PG_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** A SqlRunner over one pg connection. */
export function sqlSession(client: pg.Client) {
  return {
    exec: async (sql: string) => void (await client.query(sql)),
    query: async <T,>(sql: string, params?: unknown[]) => (await client.query(sql, params as unknown[])).rows as T[],
  };
}

function withDatabase(url: string, database: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A fresh PostgreSQL database for one test file, dropped by `drop()`: migrated, unless a migration
 * test wants to apply the migrations itself (`migrate: false`). To run lib/ code against it, use
 * setUpLibEnvironment (lib-environment.ts), which wires it in.
 */
export async function createTestDatabase({ migrate = true }: { migrate?: boolean } = {}) {
  const name = `likeness_t_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(TEST_PG_URL, name);
  const session = new pg.Client({ connectionString: url });
  await session.connect();
  if (migrate) await applyMigrations(sqlSession(session));
  await session.end();
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // drop() ends the database WITH (FORCE): a connection still open then is told 57P01 ("terminating
  // connection due to administrator command"), which is expected; anything else still surfaces.
  pool.on("error", (error: Error & { code?: string }) => {
    if (error.code !== "57P01") throw error;
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    url,
    name,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
