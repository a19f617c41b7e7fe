import { Prisma, type JobRun, type PrismaClient } from "@/lib/db/generated/client";
import { isOwnerGone } from "./process-owner";
import type { RunState } from "./run-state";

export type JobStatus = "queued" | "running" | "waiting" | "completed" | "failed";
export const UNFINISHED: JobStatus[] = ["queued", "running", "waiting"];

export interface NewRun {
  id: string;
  functionId: string;
  event: Record<string, unknown>;
  dedupeKey?: string | null;
  parentRunId?: string | null;
}

export interface RunChanges {
  status: JobStatus;
  state?: RunState;
  attempt?: number;
  runAfter?: Date;
  lastError?: string | null;
  output?: unknown;
}

/** The claim on a run moved to another process (this one stalled past its lease): stop touching it. */
export class LeaseLostError extends Error {
  constructor(runId: string) {
    super(`Lost the claim on job run ${runId}`);
    this.name = "LeaseLostError";
  }
}

const json = (value: unknown) => (value === undefined || value === null ? Prisma.JsonNull : (value as Prisma.InputJsonValue));

/**
 * Every write about a running run is fenced by `lockedBy`, so a process that stalled past its lease
 * (and whose run another process took over) cannot overwrite newer progress.
 */
export function createJobRunStore(getDb: () => Promise<PrismaClient>, owner: string, leaseMs: number) {
  const leaseEnd = () => new Date(Date.now() + leaseMs);
  const rows = (runs: NewRun[]) =>
    runs.map((run) => ({ id: run.id, functionId: run.functionId, event: run.event as Prisma.InputJsonValue, dedupeKey: run.dedupeKey ?? null, parentRunId: run.parentRunId ?? null }));

  return {
    /** Duplicates of an existing (functionId, dedupeKey) or id are skipped, not errors. */
    async insertRuns(runs: NewRun[]) {
      if (!runs.length) return;
      await (await getDb()).jobRun.createMany({ data: rows(runs), skipDuplicates: true });
    },

    async findDue(limit: number) {
      return (await getDb()).jobRun.findMany({
        where: { status: "queued", runAfter: { lte: new Date() } },
        orderBy: [{ runAfter: "asc" }, { createdAt: "asc" }],
        take: limit,
      });
    },

    async nextWakeAt(): Promise<Date | undefined> {
      const next = await (await getDb()).jobRun.findFirst({ where: { status: "queued" }, orderBy: { runAfter: "asc" }, select: { runAfter: true } });
      return next?.runAfter;
    },

    /** Takes a queued run for this process; null when another process was first. */
    async claim(id: string): Promise<JobRun | null> {
      const db = await getDb();
      const { count } = await db.jobRun.updateMany({ where: { id, status: "queued" }, data: { status: "running", lockedBy: owner, lockedUntil: leaseEnd() } });
      return count ? db.jobRun.findUnique({ where: { id } }) : null;
    },

    /** Saves progress (or the end) of a run this process holds, and creates the runs it started, atomically. */
    async commit(id: string, changes: RunChanges, newRuns: NewRun[] = []) {
      const db = await getDb();
      const holding = changes.status === "running";
      const data: Prisma.JobRunUpdateManyMutationInput = {
        status: changes.status,
        lockedBy: holding ? owner : null,
        lockedUntil: holding ? leaseEnd() : null,
        ...(changes.state && { steps: changes.state as unknown as Prisma.InputJsonValue }),
        ...(changes.attempt !== undefined && { attempt: changes.attempt }),
        ...(changes.runAfter && { runAfter: changes.runAfter }),
        ...(changes.lastError !== undefined && { lastError: changes.lastError }),
        ...(changes.output !== undefined && { output: json(changes.output) }),
      };
      await db.$transaction(async (tx) => {
        const { count } = await tx.jobRun.updateMany({ where: { id, lockedBy: owner, status: "running" }, data });
        if (!count) throw new LeaseLostError(id);
        if (newRuns.length) await tx.jobRun.createMany({ data: rows(newRuns), skipDuplicates: true });
      });
    },

    /** A child run finished: its waiting parent goes back in the queue to pick up the result. */
    async wakeParent(parentRunId: string) {
      await (await getDb()).jobRun.updateMany({ where: { id: parentRunId, status: "waiting" }, data: { status: "queued", runAfter: new Date() } });
    },

    async findRuns(ids: string[]) {
      if (!ids.length) return [];
      return (await getDb()).jobRun.findMany({ where: { id: { in: ids } } });
    },

    async renewLeases(ids: string[]) {
      if (!ids.length) return;
      await (await getDb()).jobRun.updateMany({ where: { id: { in: ids }, lockedBy: owner, status: "running" }, data: { lockedUntil: leaseEnd() } });
    },

    /**
     * Runs whose process died are queued again: at once when that process was on this host, else
     * once it has stopped renewing its claim (it crashed or was killed elsewhere).
     */
    async recoverAbandoned(): Promise<number> {
      const db = await getDb();
      const holders = await db.jobRun.findMany({ where: { status: "running" }, distinct: ["lockedBy"], select: { lockedBy: true } });
      const goneOwners = holders.flatMap(({ lockedBy }) => (lockedBy && isOwnerGone(lockedBy, owner) ? [lockedBy] : []));
      const { count } = await db.jobRun.updateMany({
        where: { status: "running", OR: [{ lockedUntil: null }, { lockedUntil: { lt: new Date() } }, { lockedBy: { in: goneOwners } }] },
        data: { status: "queued", lockedBy: null, lockedUntil: null, runAfter: new Date() },
      });
      return count;
    },

    /** Hands back the runs this process holds, for a clean shutdown. */
    async releaseAll() {
      await (await getDb()).jobRun.updateMany({ where: { lockedBy: owner, status: "running" }, data: { status: "queued", lockedBy: null, lockedUntil: null } });
    },

    async countUnfinished() {
      return (await getDb()).jobRun.count({ where: { status: { in: UNFINISHED } } });
    },
  };
}

export type JobRunStore = ReturnType<typeof createJobRunStore>;
