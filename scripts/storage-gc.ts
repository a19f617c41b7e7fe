/**
 * Deletes stored files that no image row names (lib/storage/collect-garbage.ts), on local disk or S3,
 * whichever the environment configures:
 *   npm run storage:gc                       files older than 10 minutes
 *   npm run storage:gc -- --dry-run          only count them
 *   npm run storage:gc -- --grace-minutes 60
 */
import { parseArgs } from "node:util";

async function main() {
  const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false }, "grace-minutes": { type: "string" } } });
  const graceMinutes = values["grace-minutes"] === undefined ? 10 : Number(values["grace-minutes"]);
  if (!Number.isFinite(graceMinutes) || graceMinutes < 0) {
    console.error(`--grace-minutes must be a number of minutes (0 or more), not ${JSON.stringify(values["grace-minutes"])}`);
    process.exit(2);
  }
  const { getConfig } = await import("../lib/config/env");
  const { migrateDatabase } = await import("../lib/db/migrate-database");
  const { closeDatabase } = await import("../lib/db/client");
  const { collectGarbage, describeGarbageReport } = await import("../lib/storage/collect-garbage");
  const config = getConfig();
  await migrateDatabase();
  const dryRun = values["dry-run"];
  const report = await collectGarbage({ graceMs: graceMinutes * 60_000, dryRun });
  console.log(`[storage:gc] ${config.storage} storage: ${describeGarbageReport(report, dryRun)}`);
  await closeDatabase();
  process.exit(report.failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`[storage:gc] failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
