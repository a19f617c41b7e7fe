import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

/** Runs a benchmark script at its BENCH_SMALL size, as CI does, so it cannot rot. Figures are not judged. */
async function runBench(script: string, args: string[] = []) {
  const { stdout } = await run(path.join(process.cwd(), "node_modules/.bin/tsx"), [path.join("scripts", script), ...args], {
    cwd: process.cwd(),
    env: { ...process.env, BENCH_SMALL: "1" },
    timeout: 170_000,
  });
  return stdout;
}

describe("benchmark scripts at a small size", () => {
  it("bench-safety prints the load, p50 per image, the memory added and the highest benign explicit score", async () => {
    const out = await runBench("bench-safety.ts");
    expect(out).toMatch(/first classification \(loads the model\): \d+ ms/);
    expect(out).toMatch(/per image \(4 runs, 1024×1024 PNG\): p50 \d+ ms, p95 \d+ ms/);
    expect(out).toMatch(/RSS added by the safety engine: \d+ MiB/);
    expect(out).toMatch(/face fixtures \(7\): highest explicit score 0\.\d{3} .*flagged at the configured threshold: 0/);
    expect(out).toMatch(/local avatars \(4\): highest explicit score/);
  }, 180_000);

  it("bench-batch-remote prints wall time, the provider-bound ideal and the most calls in flight", async () => {
    const out = await runBench("bench-batch-remote.ts");
    expect(out).toContain("bench:batch-remote — 2 personas × 5 images");
    expect(out).toMatch(/images made\s+10 /);
    expect(out).toMatch(/wall time\s+\d+\.\d+ s/);
    expect(out).toMatch(/provider-bound ideal\s+\d+\.\d+ s = ceil\(10 \/ 4\) × 400 ms/);
    expect(out).toMatch(/wall \/ ideal\s+\d+\.\d+×/);
    expect(out).toMatch(/max in flight\s+\d+ \(limit 4/);
    expect(out).toMatch(/server CPU\s+\d+\.\d+ s \(\d+ ms per image/);
  }, 180_000);

  it("bench-generation-remote times a remote generation's candidates against the ideal and the most calls in flight", async () => {
    const out = await runBench("bench-generation-remote.ts");
    expect(out).toContain("bench:generation-remote — 4 seed candidates");
    expect(out).toMatch(/runs\s+1: \d+\.\d+ s/);
    expect(out).toMatch(/provider-bound ideal \d+\.\d+ s = ceil\(4 \/ 2\) × 400 ms/);
    expect(out).toMatch(/median \/ ideal\s+\d+\.\d+×/);
    expect(out).toMatch(/max in flight\s+[12] \(limit 2: never exceeded\)/);
  }, 180_000);

  it("bench-gallery times the grid's pages and, with --queries, prints each statement (one generation read per persona)", async () => {
    const out = await runBench("bench-gallery.ts", ["--personas", "200", "--runs", "3", "--queries"]);
    expect(out).toContain("seeded 200 personas (3/4 with a base image and 4 generations)");
    expect(out).toMatch(/REST page \(24, newest\): \d+\.\d ms, 5 statements/);
    expect(out).toContain('SELECT DISTINCT ON ("avatarId") "id" FROM "Generation"');
    expect(out).toMatch(/project page queries, q=maya & status=approved\s+p50 \d+\.\d ms, p95 \d+\.\d ms/);
    expect(out).toMatch(/SQL: count, missing base image\s+\d+\.\d+ ms/);
    expect(out).toMatch(/worst p95 \d+\.\d ms \(target ≤ 100 ms\)/);
  }, 180_000);

  it("bench-statements counts a batch's SQL statements per image by table and times PGlite per statement", async () => {
    const out = await runBench("bench-statements.ts");
    expect(out).toContain("bench:statements — 2 personas × 5 images");
    expect(out).toMatch(/images made\s+10\n/);
    expect(out).toMatch(/SQL statements\s+\d+ = \d+\.\d per image/);
    expect(out).toMatch(/\d+\.\d\d per image {2}SELECT Generation/);
    expect(out).toMatch(/PGlite per statement \d+\.\d{3} ms CPU \(\d+\.\d{3} ms wall\) on a data directory, \d+\.\d{3} ms CPU in memory \(300 statements each\)/);
    expect(out).toMatch(/PGlite CPU per image ≥ \d+\.\d ms/);
  }, 180_000);

  it("bench-batch-local prints wall time against the CPU floor measured in the same run", async () => {
    const out = await runBench("bench-batch-local.ts");
    expect(out).toContain("bench:batch-local — 2 personas × 5 images");
    expect(out).toMatch(/render \+ thumbnail\s+\d+\.\d ms of CPU per image/);
    expect(out).toMatch(/CPU floor\s+\d+\.\d+ s = 10 × /);
    expect(out).toMatch(/wall \/ floor\s+\d+\.\d+×/);
    expect(out).toMatch(/server CPU\s+\d+\.\d+ s = \d+\.\d ms per image, \d+\.\d+× the render \+ thumbnail/);
  }, 180_000);

  it("bench-memory prints the server's peak resident set and the ZIP's first byte and memory added", async () => {
    const out = await runBench("bench-memory.ts");
    expect(out).toContain("bench:memory — 3 personas × 5 images");
    expect(out).toMatch(/peak resident set\s+\d+ MiB/);
    expect(out).toMatch(/ZIP first byte\s+\d+ ms/);
    expect(out).toMatch(/ZIP memory added\s+-?\d+ MiB above \d+ MiB/);
    expect(out).toMatch(/ZIP export\s+\d+\.\d MiB/);
  }, 180_000);
});
