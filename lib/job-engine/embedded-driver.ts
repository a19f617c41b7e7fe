import { randomUUID } from "node:crypto";
import type { Inngest, InngestFunction } from "inngest";
import { createServeHandlerCaller, type StepOp } from "./call-serve-handler";
import { cancelMatchingRuns } from "./cancel-matching-runs";
import { ConcurrencyLimiter } from "./concurrency-limiter";
import { createCronTicker } from "./cron-ticker";
import { executeRun, type ExecuteDependencies } from "./execute-run";
import { buildFunctionRegistry, concurrencyBuckets, dedupeKey, runPriority } from "./function-registry";
import { leasedStore } from "./leased-store";
import { newOwnerId } from "./process-owner";
import type { NewRun, RunStore } from "./run-store";

export interface EmbeddedDriverOptions {
  /** The Inngest client the functions were created with; give it `fetch: createEmbeddedFetch(() => driver)`. */
  client: Inngest.Any;
  functions: readonly InngestFunction.Any[];
  /** Where runs and their memoized steps are kept (shared by every process that runs these functions). */
  store: RunStore;
  /** Runs executing at once in this process (default 4). */
  concurrency?: number;
  /** First retry delay; later ones double (1 s, 2 s, 4 s … capped at 10 min). */
  retryBaseDelayMs?: number;
  /** How long a claim on a run lasts without renewal; a crashed process's runs resume after it. */
  leaseMs?: number;
  /** How often to look for work nobody told this process about (other processes, expired claims). */
  pollIntervalMs?: number;
  /**
   * How long finished runs are kept before they are pruned (by when they ended): completed and
   * cancelled runs 7 days, failed ones 30, checked every hour. A child whose parent has not ended is
   * kept. Only the engine's run rows go; what the functions wrote is the application's.
   */
  retention?: { completedMs?: number; failedMs?: number; intervalMs?: number };
  log?: (message: string) => void;
}

const DAY_MS = 86_400_000;
const DEFAULT_RETENTION = { completedMs: 7 * DAY_MS, failedMs: 30 * DAY_MS, intervalMs: 3_600_000 };

/** An event as `inngest.send` delivers it. */
export interface IncomingEvent {
  name: string;
  data?: Record<string, unknown>;
  id?: string;
  ts?: number;
  [key: string]: unknown;
}

export type EmbeddedDriver = ReturnType<typeof createEmbeddedDriver>;

const DEFAULT_CONCURRENCY = 4;

/**
 * Runs Inngest functions in this process, against their own serve handler, with every run and
 * memoized step in the run store so that a restart resumes where it stopped.
 */
export function createEmbeddedDriver(options: EmbeddedDriverOptions) {
  const log = options.log ?? ((message: string) => console.log(message));
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const leaseMs = options.leaseMs ?? 30_000;
  const pollIntervalMs = options.pollIntervalMs ?? 1_000;
  const owner = newOwnerId();
  const registry = buildFunctionRegistry(options.client, options.functions);
  const store = leasedStore(options.store, owner, leaseMs);
  const limiter = new ConcurrencyLimiter(concurrency);
  const active = new Map<string, Promise<void>>();

  const retention = { ...DEFAULT_RETENTION, ...options.retention };
  const cron = createCronTicker(registry, store);

  const runsForEvent = (event: Record<string, unknown> & { name: string; id?: string }, senderChoseId = false): NewRun[] =>
    registry.forEvent(event).map((fn) => ({
      id: randomUUID(),
      functionId: fn.id,
      event,
      dedupeKey: dedupeKey(fn, event, senderChoseId),
      priority: runPriority(fn, event),
    }));

  const checkpoints: ExecuteDependencies["checkpoints"] = new Map();
  const deps: ExecuteDependencies = {
    registry,
    checkpoints,
    callHandler: createServeHandlerCaller(options.client, options.functions),
    store,
    retryBaseDelayMs: options.retryBaseDelayMs ?? 1_000,
    runsForEvent: (event) => runsForEvent(event as IncomingEvent),
    log,
  };

  let started = false;
  let stopped = false;
  let pumping = false;
  let pumpAgain = false;
  let wakeTimer: NodeJS.Timeout | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  let lastRecovery = 0;
  let lastPrune = 0;

  /** Deletes finished runs past their retention; never in the way of the queue (errors are logged). */
  function pruneIfDue() {
    if (Date.now() - lastPrune < retention.intervalMs) return;
    lastPrune = Date.now();
    const now = Date.now();
    void store
      .pruneRuns({ completedBefore: new Date(now - retention.completedMs), failedBefore: new Date(now - retention.failedMs) })
      .then((count) => count && log(`[jobs] pruned ${count} finished run(s)`))
      .catch((error) => log(`[jobs] could not prune finished runs: ${error instanceof Error ? error.message : error}`));
  }

  function poke() {
    if (!started || stopped) return;
    if (pumping) pumpAgain = true;
    else void pump();
  }

  /** Claims due runs while there are free slots, then sets a timer for the next sleep or retry. */
  async function pump() {
    pumping = true;
    // Set when a due run is left queued for want of a slot: the next wake is a finishing run's poke (or the poll).
    let dueLeft: boolean;
    try {
      do {
        pumpAgain = false;
        dueLeft = false;
        if (Date.now() - lastRecovery > leaseMs) {
          lastRecovery = Date.now();
          await store.recoverAbandoned();
        }
        await cron.fireDue();
        pruneIfDue();
        if (limiter.free <= 0) {
          dueLeft = true;
          break;
        }
        // Fetch more than the free slots: some due runs may be blocked by their function's own limit.
        for (const due of await store.findDue(limiter.free * 4 + 8)) {
          if (stopped) break;
          const fn = registry.get(due.functionId);
          const buckets = fn ? concurrencyBuckets(fn, due.event) : [];
          if (limiter.free <= 0 || !limiter.tryAcquire(buckets)) {
            dueLeft = true;
            continue;
          }
          const run = await store.claim(due.id);
          if (!run) {
            limiter.release(buckets);
            continue;
          }
          const execution = executeRun(deps, run).finally(() => {
            limiter.release(buckets);
            active.delete(run.id);
            poke();
          });
          active.set(run.id, execution);
        }
      } while (pumpAgain && !stopped);
      await scheduleWake(dueLeft);
    } catch (error) {
      log(`[jobs] embedded driver could not read the queue: ${error instanceof Error ? error.message : error}`);
      scheduleTimer(pollIntervalMs);
    } finally {
      pumping = false;
    }
    if (pumpAgain) poke();
  }

  /**
   * The timer for the next sleep, retry or cron tick. With a due run left waiting for a slot, the earliest
   * queued run is already due, so the queue is not asked again: a finishing run pokes, the poll catches the rest.
   */
  async function scheduleWake(dueLeft: boolean) {
    const queued = dueLeft ? undefined : await store.nextWakeAt();
    const times = [queued, cron.nextCheckAt()].flatMap((at) => (at ? [at.getTime()] : []));
    const untilNext = times.length ? Math.min(...times) - Date.now() : pollIntervalMs;
    // A due run still queued is blocked by a concurrency limit: a finishing run pokes, so no busy loop.
    scheduleTimer(untilNext > 0 ? Math.min(untilNext, pollIntervalMs) : pollIntervalMs);
  }

  function scheduleTimer(delayMs: number) {
    clearTimeout(wakeTimer);
    if (stopped) return;
    // unref: a pending timer never keeps a script or test process alive on its own.
    wakeTimer = setTimeout(poke, delayMs);
    wakeTimer.unref();
  }

  return {
    concurrency,

    /** Resumes runs left unfinished by a previous process, then starts executing. Idempotent. */
    async start() {
      if (started) return;
      started = true;
      for (const warning of registry.warnings) log(`[jobs] note: ${warning}`);
      const recovered = await store.recoverAbandoned();
      lastRecovery = Date.now();
      if (recovered) log(`[jobs] resuming ${recovered} interrupted run(s)`);
      await cron.start();
      heartbeat = setInterval(() => void store.renewLeases([...active.keys()]).catch(() => undefined), Math.max(leaseMs / 3, 50));
      heartbeat.unref();
      poke();
    },

    /**
     * Stops claiming work. With `releaseRuns` (the default) the runs this process holds are handed
     * back at once for the next start; in-flight steps may then run again (steps must be idempotent).
     */
    async stop({ releaseRuns = true }: { releaseRuns?: boolean } = {}) {
      stopped = true;
      clearTimeout(wakeTimer);
      clearInterval(heartbeat);
      if (releaseRuns) await store.releaseAll();
    },

    /** Stores one run per function the events trigger, then wakes the scheduler. Returns the event ids. */
    async dispatch(events: IncomingEvent[]): Promise<string[]> {
      const ids: string[] = [];
      const runs: NewRun[] = [];
      for (const raw of events) {
        const senderChoseId = typeof raw.id === "string" && raw.id.length > 0;
        const event = { ...raw, id: senderChoseId ? raw.id! : randomUUID(), ts: raw.ts ?? Date.now(), data: raw.data ?? {} };
        ids.push(event.id);
        runs.push(...runsForEvent(event, senderChoseId));
      }
      await store.insertRuns(runs);
      const cancelled = await cancelMatchingRuns({ registry, store, runsForEvent }, events.map((raw, index) => ({ ...raw, id: ids[index], data: raw.data ?? {} })));
      // A run cancelled here that executes here refuses its next checkpoint at once, so the SDK starts no further step
      // (one cancelled from another process finds out at its next save, which its lease fences).
      for (const id of cancelled) checkpoints.delete(id);
      poke();
      return ids;
    },

    /**
     * Saves steps the SDK finished inside one call of a run this process is executing (the client's
     * fetch brings them here); false when the run is not executing here or its claim was lost.
     */
    async checkpoint(runId: string, steps: StepOp[]): Promise<boolean> {
      const save = checkpoints.get(runId);
      return save ? save(steps) : false;
    },

    /** Resolves once no run is queued, running or waiting (for tests and scripts); throws after `timeoutMs`. */
    async waitForIdle({ timeoutMs = 30_000 }: { timeoutMs?: number } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const unfinished = await store.countUnfinished();
        if (!unfinished && !active.size && !pumping) return;
        if (Date.now() > deadline) throw new Error(`Jobs still unfinished after ${timeoutMs} ms: ${unfinished} run(s) in the queue, ${active.size} executing`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}
