import path from "node:path";
import { builtinModules } from "node:module";
import { describe, expect, it } from "vitest";
import { readImports, resolveImport, ROOT, sourceFiles } from "./read-imports";

const ENGINE = path.join(ROOT, "lib/job-engine");
// The engine may use Node and the SDK whose protocol it speaks; nothing else.
// croner reads the cron triggers (docs/jobs.md); it has no dependencies of its own.
const ENGINE_PACKAGES = new Set(["inngest", "inngest/next", "croner"]);

describe("the embedded job engine (lib/job-engine)", () => {
  const files = sourceFiles("lib/job-engine");

  it("has files to check, and an index.ts as its public API", () => {
    expect(files.length).toBeGreaterThan(5);
    expect(files).toContain(path.join(ENGINE, "index.ts"));
  });

  it("imports nothing from the app: no @/ paths, no relative path out of its folder, only Node, inngest and croner", () => {
    const leaks: string[] = [];
    for (const file of files) {
      for (const { specifier } of readImports(file)) {
        const where = `${path.relative(ROOT, file)} -> ${specifier}`;
        if (specifier.startsWith("@/")) leaks.push(where);
        else if (specifier.startsWith(".")) {
          const target = resolveImport(file, specifier)!;
          if (!target.startsWith(ENGINE + path.sep)) leaks.push(where);
        } else if (!specifier.startsWith("node:") && !builtinModules.includes(specifier) && !ENGINE_PACKAGES.has(specifier)) leaks.push(where);
      }
    }
    expect(leaks).toEqual([]);
  });

  it("the check itself catches a leak", () => {
    const fake = path.join(ENGINE, "embedded-driver.ts");
    expect(resolveImport(fake, "../db/client")!.startsWith(ENGINE + path.sep)).toBe(false);
    expect(resolveImport(fake, "./run-store")!.startsWith(ENGINE + path.sep)).toBe(true);
  });
});

/** Strongly connected components of more than one file (Tarjan), over run-time imports only. */
function importCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(path.relative(ROOT, member));
      } while (member !== node);
      if (component.length > 1) cycles.push(component);
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

describe("the import graph", () => {
  const files = ["app", "components", "lib", "inngest", "instrumentation.ts", "scripts"].flatMap(sourceFiles);
  const graph = new Map(
    files.map((file) => [
      file,
      readImports(file)
        .filter((entry) => !entry.typeOnly)
        .flatMap(({ specifier }) => resolveImport(file, specifier) ?? []),
    ]),
  );

  it("has no import cycle anywhere", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(importCycles(graph)).toEqual([]);
  });

  it("the cycle check itself finds one", () => {
    expect(importCycles(new Map([["/a", ["/b"]], ["/b", ["/c"]], ["/c", ["/a"]], ["/d", ["/a"]]]))).toEqual([[path.relative(ROOT, "/c"), path.relative(ROOT, "/b"), path.relative(ROOT, "/a")]]);
  });

  it("lib/ never imports inngest/ except sendEvent (how the app talks to Inngest) and the boot module", () => {
    const allowed = new Set(["inngest/send-event.ts", "inngest/start-jobs.ts"]);
    const reaches: string[] = [];
    for (const file of sourceFiles("lib")) {
      for (const { specifier } of readImports(file)) {
        const target = resolveImport(file, specifier);
        if (target && path.relative(ROOT, target).startsWith("inngest/") && !allowed.has(path.relative(ROOT, target))) {
          reaches.push(`${path.relative(ROOT, file)} -> ${specifier}`);
        }
      }
    }
    expect(reaches).toEqual([]);
  });

  it("providers know nothing of the domains that use them: lib/providers imports nothing from lib/avatars", () => {
    const back = sourceFiles("lib/providers").flatMap((file) =>
      readImports(file)
        .filter(({ specifier }) => path.relative(ROOT, resolveImport(file, specifier) ?? "").startsWith("lib/avatars/"))
        .map(({ specifier }) => `${path.relative(ROOT, file)} -> ${specifier}`),
    );
    expect(back).toEqual([]);
  });
});
