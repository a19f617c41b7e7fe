import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { resetConfig } from "@/lib/config/env";
import { closeDatabase, getDatabase } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { resetStorage } from "@/lib/storage";
import { createTestDatabase } from "./test-database";

export type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

// Settings that would move lib/ off the embedded default (Inngest server, remote providers, S3).
const NON_DEFAULT_SETTINGS = ["INNGEST_DEV", "INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY", "INNGEST_BASE_URL", "OPENAI_API_KEY", "HF_TOKEN", "REPLICATE_API_TOKEN", "STABILITY_API_KEY", "COMFYUI_URL", "COMFYUI_WORKFLOW_DIR", "S3_BUCKET"];

/** The app's own embedded PGlite database in `dataDir`, migrated, shaped like a TestDatabase. */
async function openEmbeddedTestDatabase() {
  const database = await getDatabase();
  await database.withSession(applyMigrations);
  return { url: "", name: "embedded", prisma: database.prisma, drop: async () => undefined };
}

/**
 * The one set-up for tests that run lib/ code in-process: a fresh migrated PostgreSQL database (or,
 * with `database: "embedded"`, the embedded PGlite database in the temp DATA_DIR) and a temp
 * DATA_DIR, wired in through the environment, with jobs, providers and storage on their defaults.
 * `tearDown()` closes and drops everything and restores the environment.
 */
export async function setUpLibEnvironment({
  label = "lib",
  dataDir: withDataDir = true,
  database = "postgres",
}: { label?: string; dataDir?: boolean; database?: "postgres" | "embedded" } = {}) {
  const embedded = database === "embedded";
  const saved = Object.fromEntries(["DATABASE_URL", "DATA_DIR", ...NON_DEFAULT_SETTINGS].map((key) => [key, process.env[key]]));
  const dataDir = withDataDir || embedded ? mkdtempSync(path.join(tmpdir(), `likeness-${label}-`)) : undefined;
  const pg = embedded ? undefined : await createTestDatabase();
  process.env.DATABASE_URL = pg?.url ?? "";
  if (dataDir) process.env.DATA_DIR = dataDir;
  for (const key of NON_DEFAULT_SETTINGS) delete process.env[key];
  resetConfig();
  resetStorage();
  await closeDatabase();
  const db: TestDatabase = pg ?? (await openEmbeddedTestDatabase());
  return {
    db,
    dataDir,
    async tearDown() {
      await closeDatabase();
      await db.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      resetConfig();
      resetStorage();
    },
  };
}
