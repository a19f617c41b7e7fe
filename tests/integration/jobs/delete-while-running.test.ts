import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createBatchSchema } from "@/lib/batches/batch-schemas";
import { startQuietJobs, stopQuietJobs, waitFor, waitForJobsIdle } from "../support/embedded-jobs";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";

// The local provider, slowed down and deaf to the AbortSignal (like a synchronous remote driver), so a
// call in flight when its avatar or project is deleted finishes and its job tries to store the image.
const mock = vi.hoisted(() => ({ latencyMs: 0, calls: 0, finished: 0 }));

vi.mock("@/lib/providers/image/local", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/providers/image/local")>();
  return {
    ...original,
    createLocalProvider: () => {
      const provider = original.createLocalProvider();
      return {
        ...provider,
        generate: async (...[request, options]: Parameters<typeof provider.generate>) => {
          mock.calls++;
          if (mock.latencyMs) await new Promise((resolve) => setTimeout(resolve, mock.latencyMs));
          const image = await provider.generate(request, options);
          mock.finished++;
          return image;
        },
      };
    },
  };
});

describe.each(["postgres", "embedded"] as const)("deleting while a job writes files (%s database)", (database) => {
  let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
  let db: TestDatabase;
  let ownerId: string;

  beforeAll(async () => {
    env = await setUpLibEnvironment({ label: `delete-running-${database}`, database });
    db = env.db;
    ownerId = (await db.prisma.user.create({ data: { email: `owner-${database}@example.com`, passwordHash: "x" } })).id;
    await startQuietJobs();
  });

  afterAll(async () => {
    await stopQuietJobs();
    await env.tearDown();
  });

  beforeEach(() => {
    Object.assign(mock, { latencyMs: 0, calls: 0, finished: 0 });
  });


  /** Every stored file (a walk of DATA_DIR/files) that no image row names. */
  async function filesWithoutRow() {
    const { getStorage } = await import("@/lib/storage");
    const keys: string[] = [];
    for await (const listed of getStorage().list("")) keys.push(listed.key);
    const rows = await db.prisma.image.findMany({ select: { storageKey: true, thumbnailKey: true } });
    const named = new Set(rows.flatMap((row) => [row.storageKey, row.thumbnailKey]));
    return keys.filter((key) => !named.has(key));
  }

  /** Runs that failed, or whose steps failed and were retried, since `since`. */
  async function troubledRuns(since: Date) {
    const runs = await db.prisma.jobRun.findMany({ where: { createdAt: { gte: since } }, select: { functionId: true, status: true, lastError: true } });
    expect(runs.length).toBeGreaterThan(0);
    return runs.filter((run) => run.status === "failed" || run.lastError !== null);
  }

  it("an avatar deleted while its image is being generated: the run stops quietly and leaves no file behind", async () => {
    const { requestSeedGeneration } = await import("@/lib/avatars/request-seed-generation");
    const { deleteAvatar } = await import("@/lib/avatars/delete-avatar");
    const since = new Date();
    const projectId = (await db.prisma.project.create({ data: { name: "Avatar delete", ownerId } })).id;
    const kept = await db.prisma.avatar.create({ data: { projectId, name: "Kept" } });
    await requestSeedGeneration(ownerId, kept.id, { candidates: 1 });
    await waitForJobsIdle();
    mock.latencyMs = 800;
    const avatar = await db.prisma.avatar.create({ data: { projectId, name: "Deleted mid-run" } });
    const generation = await requestSeedGeneration(ownerId, avatar.id, { candidates: 3 });
    const callsBefore = mock.calls;
    await waitFor(() => mock.calls > callsBefore);
    await deleteAvatar(ownerId, avatar.id);
    const callsAtDelete = mock.calls;
    await waitForJobsIdle();
    // The call in flight finished and its job stored the image; then it found its rows gone.
    expect(mock.finished).toBe(callsAtDelete);
    expect(mock.calls).toBe(callsAtDelete);
    expect(await db.prisma.generation.findUnique({ where: { id: generation.id } })).toBeNull();
    expect(await filesWithoutRow()).toEqual([]);
    expect(await db.prisma.image.count({ where: { avatarId: kept.id } })).toBe(1);
    expect(await troubledRuns(since)).toEqual([]);
  });

  it("a project deleted while its batch runs: every run stops quietly and no file is left without a row", async () => {
    const { createBatch } = await import("@/lib/batches/create-batch");
    const { deleteProject } = await import("@/lib/projects/delete-project");
    const since = new Date();
    const other = (await db.prisma.project.create({ data: { name: "Other", ownerId } })).id;
    const projectId = (await db.prisma.project.create({ data: { name: "Batch delete", ownerId } })).id;
    mock.latencyMs = 300;
    await createBatch(ownerId, projectId, createBatchSchema.parse({ count: 4, images: true, seed: 9 }));
    await waitFor(() => mock.finished >= 3, 60_000);
    await deleteProject(ownerId, projectId);
    const callsAtDelete = mock.calls;
    await waitForJobsIdle();
    // No new provider call starts once the delete has answered (at most one that was checked just before).
    expect(mock.calls - callsAtDelete).toBeLessThanOrEqual(1);
    expect(await db.prisma.batch.count({ where: { projectId } })).toBe(0);
    expect(await filesWithoutRow()).toEqual([]);
    expect(await troubledRuns(since)).toEqual([]);
    expect(await db.prisma.project.count({ where: { id: other } })).toBe(1);
  });
});
