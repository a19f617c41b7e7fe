import { randomUUID } from "node:crypto";
import type { CronSchedule } from "./cron-schedule";
import { type FunctionRegistry, runPriority, SCHEDULED_TIMER_EVENT } from "./function-registry";
import type { LeasedStore } from "./leased-store";

interface CronEntry {
  functionId: string;
  schedule: CronSchedule;
  /** When this process next needs to look at the trigger. */
  nextCheckAt?: Date;
}

/**
 * Fires the functions' cron triggers: each tick at most once, across every process on the store (the
 * store moves a trigger's last tick and creates the run in one transaction, and the run's dedupe key
 * names the tick). A trigger seen for the first time starts from now; after a restart only the latest
 * tick missed while no process ran fires, once, not once per missed tick.
 */
export function createCronTicker(registry: FunctionRegistry, store: LeasedStore) {
  const entries: CronEntry[] = registry.all().flatMap((fn) => fn.crons.map((schedule) => ({ functionId: fn.id, schedule })));

  async function fire(entry: CronEntry, tick: Date) {
    const fn = registry.get(entry.functionId);
    const event = { name: SCHEDULED_TIMER_EVENT, id: randomUUID(), ts: tick.getTime(), data: { cron: entry.schedule.expression } };
    await store.claimCronTick(
      { functionId: entry.functionId, expression: entry.schedule.expression, lastTickAt: tick },
      {
        id: randomUUID(),
        functionId: entry.functionId,
        event,
        dedupeKey: `cron:${entry.schedule.expression}:${tick.toISOString()}`,
        priority: runPriority(fn, event),
      },
    );
  }

  return {
    get size() {
      return entries.length;
    },

    /** Records the triggers (first sighting: nothing before now fires), then fires each one's tick missed while down. */
    async start(now = new Date()) {
      if (!entries.length) return;
      const known = await store.registerCrons(
        entries.map((entry) => ({ functionId: entry.functionId, expression: entry.schedule.expression, lastTickAt: entry.schedule.latestTick(now) ?? now })),
      );
      for (const entry of entries) {
        const last = known.find((row) => row.functionId === entry.functionId && row.expression === entry.schedule.expression)?.lastTickAt;
        const latest = entry.schedule.latestTick(now);
        if (last && latest && latest > last) await fire(entry, latest);
        entry.nextCheckAt = entry.schedule.nextTick(now);
      }
    },

    /** Fires the triggers whose next tick has come (the latest tick only, whatever was skipped). True when it fired any. */
    async fireDue(now = new Date()) {
      let fired = false;
      for (const entry of entries) {
        if (!entry.nextCheckAt || entry.nextCheckAt > now) continue;
        const tick = entry.schedule.latestTick(now);
        if (tick) await fire(entry, tick);
        entry.nextCheckAt = entry.schedule.nextTick(now);
        fired = true;
      }
      return fired;
    },

    /** The earliest time a trigger needs looking at. */
    nextCheckAt(): Date | undefined {
      const times = entries.flatMap((entry) => (entry.nextCheckAt ? [entry.nextCheckAt.getTime()] : []));
      return times.length ? new Date(Math.min(...times)) : undefined;
    },
  };
}
