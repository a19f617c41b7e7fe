import { readFileSync } from "node:fs";
import path from "node:path";
import type { DiffTarget } from "@prisma/schema-engine-wasm";
import { MIGRATIONS_DIR, readMigrations } from "./migrations";

const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");

/**
 * SQL that takes the database described by prisma/migrations to the one described by schema.prisma,
 * computed by Prisma's own schema engine (WebAssembly build) against an in-memory PGlite shadow
 * database. An empty string means they agree.
 */
export async function diffMigrationsToSchema(): Promise<string> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(process.cwd(), "node_modules/@prisma/schema-engine-wasm/schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
    "./schema_engine_bg.js": glue,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();

  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(new PGlite("memory://")));
  const engine = await glue.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, () => {}, adapter);
  const migrations = readMigrations();
  const from: DiffTarget = migrations.length
    ? {
        tag: "migrations" as const,
        baseDir: MIGRATIONS_DIR,
        lockfile: { path: "migration_lock.toml", content: 'provider = "postgresql"\n' },
        shadowDbInitScript: "",
        migrationDirectories: migrations.map((m) => ({
          path: m.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: m.sql } },
        })),
      }
    : { tag: "empty" as const };
  const result = await engine.diff({
    from,
    to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
    script: true,
    exitCode: true,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.exitCode === 2 ? (result.stdout ?? "") : "";
}
