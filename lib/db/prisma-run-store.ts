import type { CronTick, JobStatus, NewRun, RunStore, StoredRun } from "@/lib/job-engine";
import { FINISHED_STATUSES, LeaseLostError, UNFINISHED_STATUSES } from "@/lib/job-engine";
import { getDb as getAppDb } from "./client";
import { Prisma, type JobRun, type PrismaClient } from "./generated/client";

const json = (value: unknown) => (value === undefined || value === null ? Prisma.JsonNull : (value as Prisma.InputJsonValue));

const rows = (runs: NewRun[]) =>
  runs.map((run) => ({
    id: run.id,
    functionId: run.functionId,
    event: run.event as Prisma.InputJsonValue,
    dedupeKey: run.dedupeKey ?? null,
    parentRunId: run.parentRunId ?? null,
    priority: run.priority ?? 0,
  }));

const toStoredRun = (row: JobRun): StoredRun => ({ ...row, status: row.status as JobStatus });

const toCronTick = ({ functionId, expression, lastTickAt }: CronTick): CronTick => ({ functionId, expression, lastTickAt });

/**
 * The embedded job driver's runs in the JobRun table of the app's database (PGlite or PostgreSQL).
 * Every write about a running run is fenced by `lockedBy`, so a process that stalled past its lease
 * (and whose run another process took over) cannot overwrite newer progress.
 */
export function createPrismaRunStore(getDb: () => Promise<PrismaClient> = getAppDb): RunStore {
  return {
    async insertRuns(runs) {
      if (!runs.length) return;
      await (await getDb()).jobRun.createMany({ data: rows(runs), skipDuplicates: true });
    },

    async findDue(limit) {
      const due = await (await getDb()).jobRun.findMany({
        where: { status: "queued", runAfter: { lte: new Date() } },
        orderBy: [{ priority: "desc" }, { runAfter: "asc" }, { createdAt: "asc" }],
        take: limit,
        select: { id: true, functionId: true, event: true },
      });
      return due;
    },

    async nextWakeAt() {
      const next = await (await getDb()).jobRun.findFirst({ where: { status: "queued" }, orderBy: { runAfter: "asc" }, select: { runAfter: true } });
      return next?.runAfter;
    },

    async claim(id, lease) {
      // One statement: only a queued run is taken, and what it holds comes back with the claim.
      const [run] = await (await getDb()).jobRun.updateManyAndReturn({
        where: { id, status: "queued" },
        data: { status: "running", lockedBy: lease.owner, lockedUntil: lease.until },
      });
      return run ? toStoredRun(run) : null;
    },

    async commit(id, lease, changes, newRuns) {
      const db = await getDb();
      const holding = changes.status === "running";
      const data: Prisma.JobRunUpdateManyMutationInput = {
        status: changes.status,
        lockedBy: holding ? lease.owner : null,
        lockedUntil: holding ? lease.until : null,
        ...(changes.state !== undefined && { steps: changes.state as Prisma.InputJsonValue }),
        ...(changes.attempt !== undefined && { attempt: changes.attempt }),
        ...(changes.runAfter && { runAfter: changes.runAfter }),
        ...(changes.lastError !== undefined && { lastError: changes.lastError }),
        ...(changes.output !== undefined && { output: json(changes.output) }),
        ...((FINISHED_STATUSES as readonly string[]).includes(changes.status) && { finishedAt: new Date() }),
      };
      const where = { id, lockedBy: lease.owner, status: "running" };
      // Most commits save one step: a single fenced UPDATE is atomic on its own, and an interactive
      // transaction would cost three more statements (and hold PGlite's one connection in between).
      if (!newRuns.length) {
        const { count } = await db.jobRun.updateMany({ where, data });
        if (!count) throw new LeaseLostError(id);
        return;
      }
      await db.$transaction(async (tx) => {
        const { count } = await tx.jobRun.updateMany({ where, data });
        if (!count) throw new LeaseLostError(id);
        await tx.jobRun.createMany({ data: rows(newRuns), skipDuplicates: true });
      });
    },

    async wakeParent(parentRunId) {
      await (await getDb()).jobRun.updateMany({ where: { id: parentRunId, status: "waiting" }, data: { status: "queued", runAfter: new Date() } });
    },

    async findRuns(ids) {
      if (!ids.length) return [];
      return (await (await getDb()).jobRun.findMany({ where: { id: { in: ids } } })).map(toStoredRun);
    },

    async renewLeases(ids, lease) {
      if (!ids.length) return;
      await (await getDb()).jobRun.updateMany({ where: { id: { in: ids }, lockedBy: lease.owner, status: "running" }, data: { lockedUntil: lease.until } });
    },

    async recoverAbandoned(isOwnerGone) {
      const db = await getDb();
      const holders = await db.jobRun.findMany({ where: { status: "running" }, distinct: ["lockedBy"], select: { lockedBy: true } });
      const goneOwners = holders.flatMap(({ lockedBy }) => (lockedBy && isOwnerGone(lockedBy) ? [lockedBy] : []));
      const { count } = await db.jobRun.updateMany({
        where: { status: "running", OR: [{ lockedUntil: null }, { lockedUntil: { lt: new Date() } }, { lockedBy: { in: goneOwners } }] },
        data: { status: "queued", lockedBy: null, lockedUntil: null, runAfter: new Date() },
      });
      return count;
    },

    async releaseAll(owner) {
      await (await getDb()).jobRun.updateMany({ where: { lockedBy: owner, status: "running" }, data: { status: "queued", lockedBy: null, lockedUntil: null } });
    },

    async countUnfinished() {
      return (await getDb()).jobRun.count({ where: { status: { in: [...UNFINISHED_STATUSES] } } });
    },

    async findUnfinished(functionIds) {
      if (!functionIds.length) return [];
      const found = await (await getDb()).jobRun.findMany({ where: { functionId: { in: functionIds }, status: { in: [...UNFINISHED_STATUSES] } } });
      return found.map(toStoredRun);
    },

    async cancelRuns(ids) {
      if (!ids.length) return [];
      return (await getDb()).$transaction(async (tx) => {
        const open = await tx.jobRun.findMany({ where: { id: { in: ids }, status: { in: [...UNFINISHED_STATUSES] } } });
        if (!open.length) return [];
        await tx.jobRun.updateMany({
          where: { id: { in: open.map((run) => run.id) }, status: { in: [...UNFINISHED_STATUSES] } },
          data: { status: "cancelled", lockedBy: null, lockedUntil: null, finishedAt: new Date() },
        });
        return open.map((run) => toStoredRun({ ...run, status: "cancelled" }));
      });
    },

    async pruneRuns({ completedBefore, failedBefore }) {
      const db = await getDb();
      // Raw SQL for the NOT EXISTS: a child whose parent still waits (or runs) keeps its result.
      return db.$executeRaw`
        DELETE FROM "JobRun" AS run
        WHERE ((run."status" IN ('completed', 'cancelled') AND run."finishedAt" < ${completedBefore})
            OR (run."status" = 'failed' AND run."finishedAt" < ${failedBefore}))
          AND NOT EXISTS (
            SELECT 1 FROM "JobRun" AS parent
            WHERE parent."id" = run."parentRunId" AND parent."status" IN ('queued', 'running', 'waiting')
          )`;
    },

    async registerCrons(ticks) {
      if (!ticks.length) return [];
      const db = await getDb();
      await db.jobCron.createMany({ data: ticks, skipDuplicates: true });
      const known = await db.jobCron.findMany({ where: { OR: ticks.map(({ functionId, expression }) => ({ functionId, expression })) } });
      return known.map(toCronTick);
    },

    async claimCronTick(tick, run) {
      const db = await getDb();
      return db.$transaction(async (tx) => {
        const { count } = await tx.jobCron.updateMany({
          where: { functionId: tick.functionId, expression: tick.expression, lastTickAt: { lt: tick.lastTickAt } },
          data: { lastTickAt: tick.lastTickAt },
        });
        if (count) await tx.jobRun.createMany({ data: rows([run]), skipDuplicates: true });
        return count > 0;
      });
    },
  };
}
