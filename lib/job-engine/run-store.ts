/**
 * Where the embedded driver keeps its runs. The driver decides everything (what runs, when, who holds
 * it); a store only reads and writes rows atomically. lib/db/prisma-run-store.ts is the app's store.
 */

export type JobStatus = "queued" | "running" | "waiting" | "completed" | "failed" | "cancelled";

/** Statuses of a run that has not ended: queued (maybe for later), executing, or waiting on an invoked child. */
export const UNFINISHED_STATUSES: readonly JobStatus[] = ["queued", "running", "waiting"];

/** Statuses of a run that has ended; such runs are pruned after their retention. */
export const FINISHED_STATUSES: readonly JobStatus[] = ["completed", "failed", "cancelled"];

/** A run as the store gives it back. */
export interface StoredRun {
  id: string;
  functionId: string;
  /** The event that started it, as the SDK delivers it. */
  event: unknown;
  status: JobStatus;
  /** The driver's RunState (memoized steps, pending sleeps and invokes) as saved by `commit`; `{}` at first. */
  steps: unknown;
  attempt: number;
  /** The function's return value once completed. */
  output: unknown;
  lastError: string | null;
  /** Set on runs started by step.invoke: the parent that waits for this one. */
  parentRunId: string | null;
  /** From the function's `priority.run`: due runs with a higher priority are claimed first. */
  priority: number;
}

/** What choosing a due run needs: never its saved state, which may be large. */
export type DueRun = Pick<StoredRun, "id" | "functionId" | "event">;

export interface NewRun {
  id: string;
  functionId: string;
  event: Record<string, unknown>;
  /** A second run of the same function with the same key is never created. */
  dedupeKey?: string | null;
  parentRunId?: string | null;
  /** From the function's `priority.run` (default 0). */
  priority?: number;
}

export interface RunChanges {
  status: JobStatus;
  state?: unknown;
  attempt?: number;
  runAfter?: Date;
  lastError?: string | null;
  output?: unknown;
}

/** Finished runs older than these (by when they ended) may go; completed and cancelled use `completedBefore`. */
export interface PruneCutoffs {
  completedBefore: Date;
  failedBefore: Date;
}

/** A cron trigger's last fired tick, as the store keeps it. */
export interface CronTick {
  functionId: string;
  /** The trigger as declared ("TZ=Europe/Paris 0 2 * * *"). */
  expression: string;
  lastTickAt: Date;
}

/** Who holds a run (a driver process's owner id) and until when, unless renewed. */
export interface Lease {
  owner: string;
  until: Date;
}

/** The claim on a run moved to another process (this one stalled past its lease): stop touching it. */
export class LeaseLostError extends Error {
  constructor(runId: string) {
    super(`Lost the claim on job run ${runId}`);
    this.name = "LeaseLostError";
  }
}

/**
 * Every write about a running run is fenced by its lease owner, so a process that stalled past its lease
 * (and whose run another process took over) cannot overwrite newer progress.
 */
export interface RunStore {
  /** Duplicates of an existing id or (functionId, dedupeKey) are skipped, not errors. */
  insertRuns(runs: NewRun[]): Promise<void>;
  /** Queued runs whose `runAfter` has come: highest priority first, then earliest due, then oldest. */
  findDue(limit: number): Promise<DueRun[]>;
  /** When the earliest queued run is due, if any run is queued. */
  nextWakeAt(): Promise<Date | undefined>;
  /** Takes a queued run under `lease`; null when another process was first. */
  claim(id: string, lease: Lease): Promise<StoredRun | null>;
  /**
   * Saves progress (or the end) of a run `lease.owner` holds and creates `newRuns`, in one transaction.
   * A run left "running" keeps the lease (extended to `lease.until`); any other status releases it.
   * Throws LeaseLostError when the run is no longer held by `lease.owner`.
   */
  commit(id: string, lease: Lease, changes: RunChanges, newRuns: NewRun[]): Promise<void>;
  /** A child run finished: its parent, if waiting, goes back in the queue now. */
  wakeParent(parentRunId: string): Promise<void>;
  findRuns(ids: string[]): Promise<StoredRun[]>;
  /** Extends the lease on those of `ids` that `lease.owner` still holds. */
  renewLeases(ids: string[], lease: Lease): Promise<void>;
  /**
   * Queues again the running runs whose lease is missing or expired, or whose owner `isOwnerGone`
   * says is dead. Returns how many.
   */
  recoverAbandoned(isOwnerGone: (owner: string) => boolean): Promise<number>;
  /** Hands back (queues) every run `owner` holds, for a clean shutdown. */
  releaseAll(owner: string): Promise<void>;
  /** How many runs are queued, running or waiting. */
  countUnfinished(): Promise<number>;
  /** The unfinished runs of these functions (to match a cancelOn event against). */
  findUnfinished(functionIds: string[]): Promise<StoredRun[]>;
  /**
   * Marks those of `ids` that have not ended `cancelled`, releasing any claim (the holder's next commit
   * then fails with LeaseLostError, so a step executing now may finish but its result is dropped).
   * Returns the runs it cancelled.
   */
  cancelRuns(ids: string[]): Promise<StoredRun[]>;
  /**
   * Deletes finished runs that ended before their cutoff, except a child whose parent has not ended
   * (the parent still reads its result). Returns how many.
   */
  pruneRuns(cutoffs: PruneCutoffs): Promise<number>;
  /** Records cron triggers seen for the first time with `lastTickAt`; known ones keep theirs. Returns every trigger's row. */
  registerCrons(ticks: CronTick[]): Promise<CronTick[]>;
  /**
   * Moves the trigger's last tick to `tick` and creates `run`, in one transaction, when its last tick
   * is earlier; false when another process (or an earlier call) already fired this tick or a later one.
   */
  claimCronTick(tick: CronTick, run: NewRun): Promise<boolean>;
}
