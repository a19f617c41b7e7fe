import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { resetConfig } from "@/lib/config/env";
import { closeDatabase } from "@/lib/db/client";
import { resetStorage } from "@/lib/storage";
import { createTestDatabase } from "./test-database";

export type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

// Settings that would move lib/ off the embedded default (Inngest server, remote providers, S3).
const NON_DEFAULT_SETTINGS = ["INNGEST_DEV", "INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY", "INNGEST_BASE_URL", "OPENAI_API_KEY", "HF_TOKEN", "S3_BUCKET"];

/**
 * The one set-up for tests that run lib/ code in-process: a fresh migrated PostgreSQL database and a
 * temp DATA_DIR, wired in through the environment, with jobs, providers and storage on their
 * defaults. `tearDown()` closes and drops everything and restores the environment.
 */
export async function setUpLibEnvironment({ label = "lib", dataDir: withDataDir = true }: { label?: string; dataDir?: boolean } = {}) {
  const db = await createTestDatabase();
  const saved = Object.fromEntries(["DATABASE_URL", "DATA_DIR", ...NON_DEFAULT_SETTINGS].map((key) => [key, process.env[key]]));
  const dataDir = withDataDir ? mkdtempSync(path.join(tmpdir(), `likeness-${label}-`)) : undefined;
  process.env.DATABASE_URL = db.url;
  if (dataDir) process.env.DATA_DIR = dataDir;
  for (const key of NON_DEFAULT_SETTINGS) delete process.env[key];
  resetConfig();
  resetStorage();
  await closeDatabase();
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
