import { isOwnerGone } from "./process-owner";
import type { CronTick, Lease, NewRun, PruneCutoffs, RunChanges, RunStore } from "./run-store";

/** The store as one driver uses it: fenced calls carry the driver's owner id and a lease ending `leaseMs` from now. */
export function leasedStore(store: RunStore, owner: string, leaseMs: number) {
  const lease = (): Lease => ({ owner, until: new Date(Date.now() + leaseMs) });
  return {
    insertRuns: (runs: NewRun[]) => store.insertRuns(runs),
    findDue: (limit: number) => store.findDue(limit),
    nextWakeAt: () => store.nextWakeAt(),
    claim: (id: string) => store.claim(id, lease()),
    commit: (id: string, changes: RunChanges, newRuns: NewRun[] = []) => store.commit(id, lease(), changes, newRuns),
    wakeParent: (parentRunId: string) => store.wakeParent(parentRunId),
    findRuns: (ids: string[]) => store.findRuns(ids),
    renewLeases: (ids: string[]) => store.renewLeases(ids, lease()),
    /**
     * Runs whose process died are queued again: at once when that process was on this host, else
     * once it has stopped renewing its claim (it crashed or was killed elsewhere).
     */
    recoverAbandoned: () => store.recoverAbandoned((other) => isOwnerGone(other, owner)),
    releaseAll: () => store.releaseAll(owner),
    countUnfinished: () => store.countUnfinished(),
    findUnfinished: (functionIds: string[]) => store.findUnfinished(functionIds),
    cancelRuns: (ids: string[]) => store.cancelRuns(ids),
    pruneRuns: (cutoffs: PruneCutoffs) => store.pruneRuns(cutoffs),
    registerCrons: (ticks: CronTick[]) => store.registerCrons(ticks),
    claimCronTick: (tick: CronTick, run: NewRun) => store.claimCronTick(tick, run),
  };
}

export type LeasedStore = ReturnType<typeof leasedStore>;
