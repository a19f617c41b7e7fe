import { applyMigrations } from "./migrations";
import { getDatabase } from "./client";

const globalForMigrate = globalThis as unknown as { likenessMigrated?: Promise<string[]> };

/** Applies pending migrations to the configured database, once per process. */
export function migrateDatabase(): Promise<string[]> {
  globalForMigrate.likenessMigrated ??= getDatabase().then((db) => db.withSession(applyMigrations));
  globalForMigrate.likenessMigrated.catch(() => (globalForMigrate.likenessMigrated = undefined));
  return globalForMigrate.likenessMigrated;
}
