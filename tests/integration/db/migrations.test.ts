import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/db/migrations";
import { createTestDatabase, sqlSession } from "../support/test-database";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let client: pg.Client;
beforeAll(async () => {
  db = await createTestDatabase();
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await db.drop();
});

describe("migrations", () => {
  it("records every migration with Prisma's checksum and re-applying is a no-op", async () => {
    const { rows } = await client.query(`SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`);
    const files = readMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((m) => m.name));
    expect(rows.map((r) => r.checksum)).toEqual(files.map((m) => m.checksum));
    expect(await applyMigrations(sqlSession(client))).toEqual([]);
  });

  it("a failing migration is rolled back and not recorded", async () => {
    const broken = { name: "99999999999999_broken", sql: `CREATE TABLE "half_done" (id int); SELECT no_such_function();`, checksum: "x" };
    await expect(applyMigrations(sqlSession(client), [broken])).rejects.toThrow(/99999999999999_broken/);
    expect((await client.query(`SELECT 1 FROM pg_tables WHERE tablename = 'half_done'`)).rows).toEqual([]);
    expect((await client.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [broken.name])).rows).toEqual([]);
    // the advisory lock was released: another session can take it at once
    const other = new pg.Client({ connectionString: db.url });
    await other.connect();
    const { rows } = await other.query("SELECT pg_try_advisory_lock(72707369) AS got");
    await other.end();
    expect(rows[0].got).toBe(true);
  });
});
