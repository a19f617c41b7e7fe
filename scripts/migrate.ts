/**
 * Migrations without Prisma's native engine (which cannot be downloaded here):
 *   tsx scripts/migrate.ts apply           apply pending migrations to DATABASE_URL or the embedded database
 *   tsx scripts/migrate.ts create <name>   write prisma/migrations/<timestamp>_<name>/migration.sql
 *   tsx scripts/migrate.ts check           fail when schema.prisma and prisma/migrations disagree
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR } from "../lib/db/migrations";
import { diffMigrationsToSchema } from "../lib/db/schema-diff";

async function main() {
  const [command, name] = process.argv.slice(2);
  if (command === "create") {
    const sql = await diffMigrationsToSchema();
    if (!sql.trim()) return console.log("schema.prisma and prisma/migrations agree: nothing to create");
    const slug = (name ?? "change").toLowerCase().replace(/[^a-z0-9]+/g, "_");
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${slug}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    writeFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
    return console.log(`created ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
  if (command === "check") {
    const sql = await diffMigrationsToSchema();
    if (sql.trim()) {
      console.error("schema.prisma has changes with no migration. Run `npm run db:migration:create -- <name>`:\n" + sql);
      process.exit(1);
    }
    return console.log("migrations match schema.prisma");
  }
  if (command === "apply") {
    const { migrateDatabase } = await import("../lib/db/migrate-database");
    const applied = await migrateDatabase();
    console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
    process.exit(0);
  }
  console.error("usage: migrate.ts apply | create <name> | check");
  process.exit(2);
}

// Exit explicitly: the in-memory PGlite shadow database's runtime would otherwise end the process with 99.
main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
