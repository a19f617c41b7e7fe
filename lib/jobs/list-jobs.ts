import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { invalidCursorError } from "@/lib/pagination/page-params";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { batchWorkCost } from "@/lib/batches/batch-cost";
import { workCost } from "@/lib/usage/work-cost";
import { JOB_STATUSES, type JobListQuery, type JobStatus } from "./job-schemas";
import { batchStatusesFor, generationStatusesFor, jobKindOfGeneration, jobStatusOfBatch, jobStatusOfGeneration, type JobView } from "./job-view";

type Position = { createdAt: Date; id: string };

/** The cursor is the last row's (createdAt, id), so one order runs across generations and batches. */
function encodeCursor({ createdAt, id }: Position) {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString("base64url");
}

function decodeCursor(cursor: string): Position {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    const createdAt = new Date(at);
    if (typeof id !== "string" || Number.isNaN(createdAt.getTime())) throw new Error("bad cursor");
    return { createdAt, id };
  } catch {
    throw invalidCursorError();
  }
}

function positionOf(query: JobListQuery): Position | undefined {
  try {
    return decodeCursor(query.cursor ?? "");
  } catch (error) {
    if (query.invalidCursor === "first-page") return undefined;
    throw error;
  }
}

const before = (position: Position) => ({ OR: [{ createdAt: { lt: position.createdAt } }, { createdAt: position.createdAt, id: { lt: position.id } }] });
const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/**
 * Every generation, training set and batch of the owner, newest first, one keyset page at a time,
 * with the counts by status of everything the kind and project filters select (the status filter
 * picks the rows, not the counts). A batch's own generations are inside the batch, not rows here.
 */
export async function listJobs(ownerId: string, query: JobListQuery) {
  if (query.projectId) await getProjectOrThrow(ownerId, query.projectId);
  const position = query.cursor ? positionOf(query) : undefined;
  const db = await getDb();
  const wantsGenerations = query.kind !== "batch";
  const wantsBatches = !query.kind || query.kind === "batch";
  const scope = { project: { ownerId }, ...(query.projectId ? { projectId: query.projectId } : {}) };
  const generationScope: Prisma.GenerationWhereInput = {
    ...scope,
    batchRun: false,
    ...(query.kind === "training" ? { type: "training" } : query.kind === "generation" ? { type: { not: "training" } } : {}),
  };
  const take = query.limit + 1;
  const [generations, batches, generationCounts, batchCounts] = await Promise.all([
    wantsGenerations
      ? db.generation.findMany({
          where: { AND: [generationScope, query.status ? { status: { in: generationStatusesFor(query.status) } } : {}, position ? before(position) : {}] },
          orderBy: newestFirst,
          take,
          include: { project: { select: { name: true } }, avatar: { select: { name: true } } },
        })
      : [],
    wantsBatches
      ? db.batch.findMany({
          where: { AND: [scope, query.status ? { status: { in: batchStatusesFor(query.status) } } : {}, position ? before(position) : {}] },
          orderBy: newestFirst,
          take,
          include: { project: { select: { name: true } } },
        })
      : [],
    wantsGenerations ? db.generation.groupBy({ by: ["status"], where: generationScope, _count: { _all: true } }) : [],
    wantsBatches ? db.batch.groupBy({ by: ["status"], where: scope, _count: { _all: true } }) : [],
  ]);

  const jobs: JobView[] = [
    ...generations.map((row) => ({
      id: row.id,
      kind: jobKindOfGeneration(row.type),
      status: jobStatusOfGeneration(row.status),
      projectId: row.projectId,
      projectName: row.project.name,
      avatarId: row.avatarId,
      avatarName: row.avatar?.name ?? null,
      batchId: null,
      provider: row.provider,
      progress: { done: row.done, total: row.total },
      ...workCost(row.unitPriceUsd, row),
      createdAt: row.createdAt,
      startedAt: row.startedAt,
      finishedAt: row.completedAt,
      errorMessage: row.errorMessage,
      waitingUntil: row.waitingUntil,
    })),
    ...batches.map((row) => ({
      id: row.id,
      kind: "batch" as const,
      status: jobStatusOfBatch(row.status),
      projectId: row.projectId,
      projectName: row.project.name,
      avatarId: null,
      avatarName: null,
      batchId: row.id,
      provider: row.provider,
      progress: { done: row.personasDone, total: row.count },
      ...batchWorkCost(row),
      createdAt: row.createdAt,
      startedAt: row.startedAt,
      finishedAt: row.completedAt,
      errorMessage: row.errorMessage,
      waitingUntil: null,
    })),
  ].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));

  const page = jobs.slice(0, query.limit);
  const counts = Object.fromEntries(JOB_STATUSES.map((status) => [status, 0])) as Record<JobStatus, number>;
  for (const row of generationCounts) counts[jobStatusOfGeneration(row.status)] += row._count._all;
  for (const row of batchCounts) counts[jobStatusOfBatch(row.status)] += row._count._all;
  return { jobs: page, counts, nextCursor: jobs.length > query.limit ? encodeCursor(page[page.length - 1]) : null };
}

export type JobList = Awaited<ReturnType<typeof listJobs>>;
