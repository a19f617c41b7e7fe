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
  /** From the POST to the batch's terminal event on the live stream. */
  wallMs: number;
  /** The server's own figure for the batch (first step to last). */
  durationMs: number | null;
  imagesDone: number;
}

/** Starts a batch with images over REST and waits for it; a batch that does not complete is an error. */
export async function runBatch(api: ApiClient, projectId: string, count: number, provider: string, timeoutMs = 30 * 60_000): Promise<BatchRun> {
  // The batch's end is learned from the live event stream (GET /api/v1/events), as a client watching it would:
  // no polling requests on the server's cores, and the wall time ends when the server says so.
  const abort = new AbortController();
  const stream = await api.raw("/api/v1/events", { signal: abort.signal });
  if (stream.status !== 200 || !stream.body) throw new Error(`the event stream answered ${stream.status}`);
  const started = performance.now();
  try {
    // "always": a bench measures making every image; the mock's patterns would otherwise wait in review as faceless bases.
    const created = await api.post(`/api/v1/projects/${projectId}/batches`, { count, images: true, provider, seed: 1234, autoApprove: "always" });
    if (created.status !== 202) throw new Error(`batch refused: ${created.status} ${JSON.stringify(created.body)}`);
    const id = created.body.batch.id as string;
    const ending = jobEnded(stream.body, id, "batch");
    // Aborting the stream below (after a timeout) rejects the read it waits on; nobody awaits it then.
    ending.catch(() => undefined);
    const ended = await Promise.race([
      ending,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`batch ${id} did not finish in ${timeoutMs} ms`)), timeoutMs).unref()),
    ]);
    const wallMs = performance.now() - started;
    const { body } = await api.get(`/api/v1/projects/${projectId}/batches?limit=1`);
    const batch = (body.batches as Array<Record<string, unknown>>).find((row) => row.id === id);
    if (!batch) throw new Error(`batch ${id} is not the project's newest`);
    if (ended !== "batch.completed" || batch.personasDone !== count) {
      throw new Error(`batch ended ${batch.status} with ${batch.personasDone}/${count} personas: ${JSON.stringify(batch.errorLog)}`);
    }
    return { id, wallMs, durationMs: (batch.durationMs as number | null) ?? null, imagesDone: batch.imagesDone as number };
  } finally {
    abort.abort();
  }
}

/** Reads Server-Sent Events until the terminal event (`<kind>.completed|failed|cancelled`) of job `id`; resolves with its type. */
export async function jobEnded(body: ReadableStream<Uint8Array>, id: string, kind: "batch" | "generation"): Promise<string> {
  const terminal = new RegExp(`^event: (${kind}\\.(?:completed|failed|cancelled))$`, "m");
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let buffered = "";
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    buffered += decoder.decode(read.value, { stream: true });
    let end: number;
    while ((end = buffered.indexOf("\n\n")) >= 0) {
      const message = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const type = terminal.exec(message)?.[1];
      if (type && message.includes(`"${id}"`)) return type;
    }
  }
  throw new Error(`the event stream ended before the ${kind} did`);
}

/**
 * A /proc stat line's fields after the command name, which is in parentheses and may hold spaces and
 * parentheses itself: the parent id is [1], user and system CPU time (clock ticks) [11] and [12].
 */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** User + system CPU time of a stat line, in ms. */
function statCpuMs(fields: string[]): number {
  return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1000;
}

/** `pid` and all its descendants, from /proc (Linux). */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name is in parentheses and may hold spaces; the parent id is the second field after it.
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(statFields(stat)[1]);
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
  let ms = 0;
  for (const member of processTree(pid)) {
    try {
      ms += statCpuMs(statFields(readFileSync(`/proc/${member}/stat`, "utf8")));
    } catch {
      // ended
    }
  }
  return ms;
}

/**
 * CPU time (ms) of the tree's threads so far, summed by thread name (`/proc/<pid>/task/*`; "main" is each
 * process's own first thread). Threads that have ended are not counted; treeCpuMs is the total.
 */
export function threadCpuMs(pid: number): Map<string, number> {
  const byName = new Map<string, number>();
  for (const member of processTree(pid)) {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${member}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const stat = readFileSync(`/proc/${member}/task/${task}/stat`, "utf8");
        const name = task === String(member) ? "main" : stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")).replace(/\d+$/, "");
        byName.set(name, (byName.get(name) ?? 0) + statCpuMs(statFields(stat)));
      } catch {
        // ended
      }
    }
  }
  return byName;
}

/** The CPU each thread name used between two threadCpuMs readings, per image, largest first ("main 120, libuv-worker 40 …"). */
export function threadCpuPerImage(before: Map<string, number>, after: Map<string, number>, images: number): string {
  return [...after]
    .map(([name, ms]) => [name, (ms - (before.get(name) ?? 0)) / images] as const)
    .filter(([, ms]) => ms >= 1)
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    .join(", ");
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
 * The settings that point the app's Hugging Face provider at the mock model server through `counter`, with
 * `concurrency` as both the per-user generation limit and the provider's.
 */
export function remoteProviderEnv(mockUrl: string, huggingFaceUrl: string, counterUrl: string, concurrency: number) {
  return {
    HF_TOKEN: "bench",
    HF_ENDPOINT_URL: huggingFaceUrl.replace(mockUrl, counterUrl),
    OPENAI_API_KEY: "",
    PROVIDER_CONCURRENCY: String(concurrency),
    GENERATION_CONCURRENCY_PER_USER: String(concurrency),
  };
}

/**
 * An HTTP pass-through to `target` that counts the requests it is forwarding at once, so a benchmark sees
 * how many provider calls the app had in flight without changing the mock it talks to.
 */
export async function startInFlightCounter(target: string) {
  let inFlight = 0;
  let maxInFlight = 0;
  // Sum over time of the calls open (call-milliseconds): divided by a span's length, the mean in flight.
  let openMs = 0;
  let changedAt = performance.now();
  // The same sum per second since `markStart`: where in a run the provider sat idle.
  let startedAt = changedAt;
  const perSecond: number[] = [];
  const addOpen = (from: number, to: number) => {
    const first = Math.max(0, Math.floor((from - startedAt) / 1000));
    const last = Math.floor((to - startedAt) / 1000);
    for (let second = first; second <= last; second++) {
      const overlap = Math.min(to, startedAt + (second + 1) * 1000) - Math.max(from, startedAt + second * 1000);
      if (overlap > 0) perSecond[second] = (perSecond[second] ?? 0) + inFlight * overlap;
    }
  };
  const change = (by: number) => {
    const now = performance.now();
    openMs += inFlight * (now - changedAt);
    addOpen(changedAt, now);
    changedAt = now;
    inFlight += by;
  };
  const server = createServer((req, res) => {
    change(1);
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.once("close", () => change(-1));
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
    openMs: () => (change(0), openMs),
    markStart: () => {
      change(0);
      startedAt = performance.now();
      perSecond.length = 0;
    },
    /** Mean calls in flight in each second since markStart, rounded: "4444432…". */
    timeline: () => (change(0), Array.from(perSecond, (ms) => Math.round((ms ?? 0) / 1000)).join("")),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
