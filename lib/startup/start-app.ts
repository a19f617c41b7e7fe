import { getAuthSecret } from "@/lib/auth/auth-secret";
import { getConfig } from "@/lib/config/env";
import { migrateDatabase } from "@/lib/db/migrate-database";
import { configureSharp } from "@/lib/images/configure-sharp";
import { configureHeap } from "@/lib/startup/configure-heap";
import { checkProviderSettings } from "@/lib/providers/image/check-provider-settings";

const globalForStart = globalThis as unknown as { likenessStarted?: Promise<void> };

/**
 * Everything the server needs before it answers: a valid configuration (fails loudly naming the
 * setting), an up-to-date database schema, an auth secret, and the job runner.
 */
export function startApp(): Promise<void> {
  globalForStart.likenessStarted ??= (async () => {
    const config = getConfig();
    checkProviderSettings(config);
    configureSharp();
    configureHeap(config.HEAP_GROWING_PERCENT);
    const applied = await migrateDatabase();
    getAuthSecret();
    console.log(
      `[likeness] database: ${config.database}${config.database === "embedded" ? ` (${config.dataDir})` : ""}` +
        `, storage: ${config.storage}, jobs: ${config.jobsMode}` +
        (applied.length ? `, applied migrations: ${applied.join(", ")}` : ""),
    );
    const { startJobs } = await import("@/inngest/start-jobs");
    await startJobs();
    // One process runs everything in the embedded mode, so it also sweeps orphaned files; in the background.
    if (config.jobsMode === "embedded") void sweepStorageInBackground();
  })();
  return globalForStart.likenessStarted;
}

/** `npm run storage:gc` at start-up, logged, never failing the start. */
export async function sweepStorageInBackground() {
  try {
    const { collectGarbage, describeGarbageReport } = await import("@/lib/storage/collect-garbage");
    console.log(`[storage:gc] ${describeGarbageReport(await collectGarbage())}`);
  } catch (error) {
    console.error(`[storage:gc] sweep at start-up failed: ${error instanceof Error ? error.message : error}`);
  }
}

/** Start-up from instrumentation: a bad configuration stops the server with a readable reason. */
export async function startAppOrExit() {
  try {
    await startApp();
  } catch (error) {
    console.error(`\n[likeness] cannot start: ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
}
