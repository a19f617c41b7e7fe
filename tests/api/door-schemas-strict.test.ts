import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ROOT, sourceFiles } from "../architecture/read-imports";

/** Loose on purpose, each with its reason; a door that uses one adds `.strict()` itself. */
const LOOSE_BY_DESIGN = new Set([
  // Auth.js hands the credentials callback csrfToken and callbackUrl beside email and password.
  "credentialsSchema",
]);

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } })?._zod?.def;

/** The paths ("", "persona", "personas.0") of every object schema inside `schema` that lets unknown keys through. */
function looseObjects(schema: unknown, at = "", seen = new Set<unknown>()): string[] {
  const def = defOf(schema);
  if (!def || seen.has(schema)) return [];
  seen.add(schema);
  const inner = (value: unknown, where = at) => looseObjects(value, where, seen);
  switch (def.type) {
    case "object": {
      const shape = (schema as z.ZodObject).shape as Record<string, unknown>;
      const own = defOf(def.catchall)?.type === "never" ? [] : [at || "(root)"];
      return [...own, ...Object.entries(shape).flatMap(([key, value]) => inner(value, at ? `${at}.${key}` : key))];
    }
    case "array":
      return inner(def.element, `${at}[]`);
    case "union":
      return (def.options as unknown[]).flatMap((option) => inner(option));
    case "intersection":
      return [...inner(def.left), ...inner(def.right)];
    case "pipe":
      return [...inner(def.in), ...inner(def.out)];
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return inner(def.innerType);
    case "lazy":
      return inner((def.getter as () => unknown)());
    default:
      return [];
  }
}

/** Every `<name>Schema` a door file imports from lib/, by module. */
function importedSchemas(files: string[]) {
  const byModule = new Map<string, Set<string>>();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"@\/(lib\/[^"]+)"/g)) {
      const names = match[1].split(",").map((name) => name.trim().replace(/^type\s+/, "")).filter((name) => /Schema$/.test(name));
      if (!names.length) continue;
      const set = byModule.get(match[2]) ?? new Set<string>();
      names.forEach((name) => set.add(name));
      byModule.set(match[2], set);
    }
  }
  return byModule;
}

const routeFiles = sourceFiles("app/api/v1").filter((file) => file.endsWith("route.ts"));
const actionFiles = sourceFiles("lib/actions");

describe("every zod schema a door parses with refuses unknown keys", () => {
  it("finds the doors", () => {
    expect(routeFiles.length).toBeGreaterThan(30);
    expect(actionFiles.length).toBeGreaterThan(10);
  });

  it("REST routes declare their own object schemas strict", () => {
    const loose = routeFiles.filter((file) => /\bz\.object\(/.test(readFileSync(file, "utf8")));
    expect(loose.map((file) => path.relative(ROOT, file))).toEqual([]);
  });

  it("server actions declare their own wrapper schemas ({ ids, input }) strict", () => {
    const loose = actionFiles.filter((file) => /\bz\.object\(/.test(readFileSync(file, "utf8")));
    expect(loose.map((file) => path.relative(ROOT, file))).toEqual([]);
  });

  it("the lib/ schemas that routes and server actions import are strict all the way down", async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const [module, names] of importedSchemas([...routeFiles, ...actionFiles])) {
      const exports = (await import(/* @vite-ignore */ path.join(ROOT, module))) as Record<string, unknown>;
      for (const name of names) {
        if (LOOSE_BY_DESIGN.has(name) || !defOf(exports[name])) continue;
        checked++;
        for (const where of looseObjects(exports[name])) problems.push(`${module}: ${name} at ${where}`);
      }
    }
    expect(checked).toBeGreaterThan(15);
    expect(problems).toEqual([]);
  });

  it("the walk sees a loose object however deep it is", async () => {
    const { z } = await import("zod");
    expect(looseObjects(z.strictObject({ a: z.array(z.object({ b: z.string() })).optional() }))).toEqual(["a[]"]);
    expect(looseObjects(z.strictObject({ a: z.string() }).transform((value) => value))).toEqual([]);
  });
});
