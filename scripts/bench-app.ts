/**
 * What the production-build benchmarks share: the built app started on the embedded database, a user
 * with a project, a batch run over REST, and the resident memory of the server's processes from /proc.
 * `BENCH_SMALL=1` shrinks every benchmark to a few personas so CI can run it without timing asserts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { type ApiClient, signUpUser } from "../tests/support/api-client";
import { startTestApp } from "../tests/integration/support/start-test-app";

export const benchSmall = process.env.BENCH_SMALL === "1";
export const MiB = 1024 * 1024;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const mebibytes = (bytes: number) => `${(bytes / MiB).toFixed(0)} MiB`;

export type BenchApp = Awaited<ReturnType<typeof startTestApp>>;

/**
 * Runs `work` against the production build on a fresh embedded database, with a signed-up user and one
 * project; the server is stopped afterwards, and its last output is printed when `work` fails.
 */
export async function withBenchApp<T>(env: Record<string, string>, work: (bench: { app: BenchApp; api: ApiClient; projectId: string }) => Promise<T>): Promise<T> {
  // The benchmark's own shell may carry settings for a real deployment; the app gets only what it is given.
  // MALLOC_ARENA_MAX as `npm start` sets it (2 unless the environment says otherwise; see README "Memory").
  const malloc = { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2" };
  const app = await startTestApp({ database: "embedded", env: { INNGEST_DEV: "", INNGEST_EVENT_KEY: "", INNGEST_SIGNING_KEY: "", S3_BUCKET: "", ...malloc, ...env } });
  try {
    const user = await signUpUser(app.url, "bench");
    const project = await user.api.post("/api/v1/projects", { name: "Bench" });
    if (project.status !== 201) throw new Error(`could not create a project: ${project.status}`);
    return await work({ app, api: user.api, projectId: project.body.project.id as string });
  } catch (error) {
    console.error(`server output (last 4000 characters):\n${app.logs().slice(-4000)}`);
    throw error;
  } finally {
    await app.stop();
  }
}

export interface BatchRun {
  id: string;
  /** From the POST to the poll that saw the batch finished (polled every 100 ms). */
  wallMs: number;
  /** The server's own figure for the batch (first step to last). */
  durationMs: number | null;
  imagesDone: number;
}

/** Starts a batch with images over REST and waits for it; a batch that does not complete is an error. */
export async function runBatch(api: ApiClient, projectId: string, count: number, provider: string, timeoutMs = 30 * 60_000): Promise<BatchRun> {
  const started = performance.now();
  // "always": a bench measures making every image; the mock's patterns would otherwise wait in review as faceless bases.
  const created = await api.post(`/api/v1/projects/${projectId}/batches`, { count, images: true, provider, seed: 1234, autoApprove: "always" });
  if (created.status !== 202) throw new Error(`batch refused: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.batch.id as string;
  while (performance.now() - started < timeoutMs) {
    // The project's batch list (newest first) carries the batch's status and counts without its personas
    // and images: polling GET /batches/:id ten times a second made the server load 50–100 personas with
    // their images each time, on the same thread as the batch.
    // A kept-alive socket the busy server closed at the same moment resets the poll; the next one reconnects.
    const polled = await api.get(`/api/v1/projects/${projectId}/batches?limit=1`).catch((error: Error) => error);
    if (polled instanceof Error) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    const { body } = polled;
    const batch = (body.batches as Array<Record<string, unknown>>).find((row) => row.id === id);
    if (!batch) throw new Error(`batch ${id} is not the project's newest`);
    if (batch.status === "completed" || batch.status === "failed") {
      const wallMs = performance.now() - started;
      if (batch.status !== "completed" || batch.personasDone !== count) {
        throw new Error(`batch ended ${batch.status} with ${batch.personasDone}/${count} personas: ${JSON.stringify(batch.errorLog)}`);
      }
      return { id, wallMs, durationMs: (batch.durationMs as number | null) ?? null, imagesDone: batch.imagesDone as number };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`batch ${id} did not finish in ${timeoutMs} ms`);
}

/** `pid` and all its descendants, from /proc (Linux). */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name is in parentheses and may hold spaces; the parent id is the second field after it.
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

/** Resident memory of `pid` and its descendants, in bytes. */
export function treeRss(pid: number): number {
  let total = 0;
  for (const member of processTree(pid)) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${member}/status`, "utf8"));
      total += match ? Number(match[1]) * 1024 : 0;
    } catch {
      // ended
    }
  }
  return total;
}

/**
 * CPU time (user + system, ms) `pid` and its descendants have used so far, from /proc. On a machine shared
 * with other work, wall times stretch with the load, but the CPU the server spends per image does not.
 */
export function treeCpuMs(pid: number): number {
  const ticksPerSecond = 100; // USER_HZ on Linux
  let ticks = 0;
  for (const member of processTree(pid)) {
    try {
      const stat = readFileSync(`/proc/${member}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // ended
    }
  }
  return (ticks / ticksPerSecond) * 1000;
}

/** Samples the tree's resident memory every `everyMs`; `peak()` is the highest seen since the last `resetPeak()`. */
export function sampleRss(pid: number, everyMs = 50) {
  let peak = treeRss(pid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(pid))), everyMs);
  return {
    peak: () => Math.max(peak, treeRss(pid)),
    resetPeak: () => (peak = treeRss(pid)),
    stop: () => clearInterval(timer),
  };
}

/** Runs a benchmark's main, printing its error and exiting non-zero when it fails. */
export function runBench(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/**
 * An HTTP pass-through to `target` that counts the requests it is forwarding at once, so a benchmark sees
 * how many provider calls the app had in flight without changing the mock it talks to.
 */
export async function startInFlightCounter(target: string) {
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((req, res) => {
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    res.once("close", () => inFlight--);
    const upstream = httpRequest(new URL(req.url ?? "/", target), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", (error) => res.destroy(error));
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    maxInFlight: () => maxInFlight,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
