import { randomUUID } from "node:crypto";
import { cancelRuleMatches, FUNCTION_CANCELLED_EVENT, type FunctionRegistry } from "./function-registry";
import type { LeasedStore } from "./leased-store";
import type { NewRun } from "./run-store";

interface CancelContext {
  registry: FunctionRegistry;
  store: LeasedStore;
  /** The runs an event starts (for inngest/function.cancelled). */
  runsForEvent: (event: Record<string, unknown> & { name: string }) => NewRun[];
}

/**
 * cancelOn: the unfinished runs of every function whose rule matches one of `events` become
 * `cancelled`. No further step of theirs runs; one executing now may finish, but its result is
 * dropped. A parent waiting on a cancelled child wakes and its step.invoke throws; as on Inngest,
 * cancelling a parent does not cancel its children (give them their own cancelOn). Each cancelled
 * run emits inngest/function.cancelled. Returns the ids of the cancelled runs.
 */
export async function cancelMatchingRuns(context: CancelContext, events: Array<Record<string, unknown> & { name: string }>): Promise<string[]> {
  const matches = events.flatMap((event) => context.registry.cancellersOf(event.name).map((canceller) => ({ ...canceller, event })));
  if (!matches.length) return [];
  const candidates = await context.store.findUnfinished([...new Set(matches.map(({ fn }) => fn.id))]);
  const ids = candidates
    .filter((run) => matches.some(({ fn, rules, event }) => fn.id === run.functionId && rules.some((rule) => cancelRuleMatches(rule, run.event, event))))
    .map((run) => run.id);
  const cancelled = await context.store.cancelRuns(ids);
  const followUps = cancelled.flatMap((run) =>
    context.runsForEvent({
      name: FUNCTION_CANCELLED_EVENT,
      id: randomUUID(),
      ts: Date.now(),
      data: { function_id: run.functionId, run_id: run.id, event: run.event },
    }),
  );
  await context.store.insertRuns(followUps);
  for (const run of cancelled) if (run.parentRunId) await context.store.wakeParent(run.parentRunId);
  return cancelled.map((run) => run.id);
}
