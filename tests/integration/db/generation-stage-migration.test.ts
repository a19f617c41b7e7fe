import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/db/migrations";
import { createTestDatabase, sqlSession } from "../support/test-database";

const MIGRATION = "20261201203556_generation_stage";
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let client: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase({ migrate: false });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await database.drop();
});

describe(`migration ${MIGRATION}`, () => {
  it("turns stored progress labels into a stage and an image index", async () => {
    const all = readMigrations();
    const at = all.findIndex((migration) => migration.name === MIGRATION);
    expect(at).toBeGreaterThan(0);
    await applyMigrations(sqlSession(client), all.slice(0, at));
    await client.query(`INSERT INTO "User" (id, email, "passwordHash", "updatedAt") VALUES ('u1', 'a@example.com', 'x', now())`);
    await client.query(`INSERT INTO "Project" (id, "ownerId", name, "updatedAt") VALUES ('p1', 'u1', 'P', now())`);
    const rows: [string, string, string][] = [
      ["g1", "processing", "generating 2/4"],
      ["g2", "processing", "thumbnail 4/4"],
      ["g3", "processing", "saving"],
      ["g4", "completed", "done"],
      ["g5", "pending", "queued"],
      ["g6", "failed", "failed"],
      ["g7", "completed", "something else"],
    ];
    for (const [id, status, stage] of rows) {
      await client.query(
        `INSERT INTO "Generation" (id, "userId", "projectId", type, status, stage, provider, "updatedAt") VALUES ($1, 'u1', 'p1', 'avatar', $2, $3, 'local', now())`,
        [id, status, stage],
      );
    }
    expect(await applyMigrations(sqlSession(client), all)).toEqual(all.slice(at).map((migration) => migration.name));
    const { rows: after } = await client.query(`SELECT id, stage::text AS stage, "currentIndex" FROM "Generation" ORDER BY id`);
    expect(after).toEqual([
      { id: "g1", stage: "generating", currentIndex: 1 },
      { id: "g2", stage: "thumbnail", currentIndex: 3 },
      { id: "g3", stage: "saving", currentIndex: null },
      { id: "g4", stage: "done", currentIndex: null },
      { id: "g5", stage: "queued", currentIndex: null },
      { id: "g6", stage: "failed", currentIndex: null },
      { id: "g7", stage: "done", currentIndex: null },
    ]);
    await client.query(`INSERT INTO "Generation" (id, "userId", "projectId", type, provider, "updatedAt") VALUES ('g8', 'u1', 'p1', 'avatar', 'local', now())`);
    expect((await client.query(`SELECT stage::text AS stage FROM "Generation" WHERE id = 'g8'`)).rows[0].stage).toBe("queued");
  });
});
