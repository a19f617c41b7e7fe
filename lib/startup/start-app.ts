import { getAuthSecret } from "@/lib/auth/auth-secret";
import { getConfig } from "@/lib/config/env";
import { migrateDatabase } from "@/lib/db/migrate-database";
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
    const applied = await migrateDatabase();
    getAuthSecret();
    console.log(
      `[likeness] database: ${config.database}${config.database === "embedded" ? ` (${config.dataDir})` : ""}` +
        `, storage: ${config.storage}, jobs: ${config.jobsMode}` +
        (applied.length ? `, applied migrations: ${applied.join(", ")}` : ""),
    );
    const { startJobs } = await import("@/inngest/start-jobs");
    await startJobs();
  })();
  return globalForStart.likenessStarted;
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
