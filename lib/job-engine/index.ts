/**
 * An in-process executor for Inngest functions: it drives the functions' own serve handler the way the
 * Inngest executor does (memoized steps, retries, sleeps, invokes, onFailure, idempotency, concurrency
 * keys, cancelOn, priority, cron triggers, pruning of finished runs) and keeps every run in a RunStore,
 * so a restarted process resumes where it stopped. It depends on nothing but Node, croner (cron
 * triggers) and the `inngest` SDK it speaks to (pinned: the executor protocol is not a public API); the
 * application gives it the client, the functions, options and the store. See docs/jobs.md.
 */
export { createEmbeddedDriver, type EmbeddedDriver, type EmbeddedDriverOptions, type IncomingEvent } from "./embedded-driver";
export { createEmbeddedFetch, type EventDispatcher } from "./embedded-fetch";
export { UnsupportedExpressionError } from "./evaluate-expression";
export { InvalidCronError } from "./cron-schedule";
export {
  FINISHED_STATUSES,
  LeaseLostError,
  UNFINISHED_STATUSES,
  type CronTick,
  type JobStatus,
  type PruneCutoffs,
  type Lease,
  type NewRun,
  type RunChanges,
  type RunStore,
  type StoredRun,
  type DueRun,
} from "./run-store";
