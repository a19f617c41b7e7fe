import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { generateAvatarSchema } from "@/lib/avatars/avatar-schemas";
import { createBatchSchema } from "@/lib/batches/batch-schemas";
import { pause, startQuietJobs, stopQuietJobs, waitFor, waitForJobsIdle } from "../support/embedded-jobs";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";

// The local provider with a latency, counting every call as it starts; it can honour the AbortSignal
// (a queue-based driver) or ignore it (a synchronous one).
const mock = vi.hoisted(() => ({
  latencyMs: 0,
  honourAbort: false,
  calls: [] as Array<{ at: number; prompt: string }>,
  aborted: 0,
  /** Runs before the first thumbnail step of the test: a point between two steps of a generation. */
  beforeFirstThumbnail: undefined as undefined | (() => Promise<void>),
}));

vi.mock("@/lib/providers/image/local", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/providers/image/local")>();
  return {
    ...original,
    createLocalProvider: () => {
      const provider = original.createLocalProvider();
      return {
        ...provider,
        generate: async (...[request, options]: Parameters<typeof provider.generate>) => {
          mock.calls.push({ at: Date.now(), prompt: request.prompt });
          if (mock.latencyMs) {
            await new Promise<void>((resolve, reject) => {
              const timer = setTimeout(resolve, mock.latencyMs);
              if (mock.honourAbort) {
                options?.signal?.addEventListener("abort", () => {
                  clearTimeout(timer);
                  mock.aborted++;
                  reject(options.signal!.reason);
                });
              }
            });
          }
          return provider.generate(request, options);
        },
      };
    },
  };
});

vi.mock("@/lib/generations/store-image-thumbnail", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/generations/store-image-thumbnail")>();
  return {
    storeImageThumbnail: async (...args: Parameters<typeof original.storeImageThumbnail>) => {
      const hook = mock.beforeFirstThumbnail;
      mock.beforeFirstThumbnail = undefined;
      if (hook) await hook();
      return original.storeImageThumbnail(...args);
    },
  };
});

describe.each(["postgres", "embedded"] as const)("cancel, resume and priority (%s database)", (database) => {
  let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
  let db: TestDatabase;
  let ownerId: string;
  let strangerId: string;
  let projectId: string;

  beforeAll(async () => {
    env = await setUpLibEnvironment({ label: `cancel-${database}`, database });
    db = env.db;
    ownerId = (await db.prisma.user.create({ data: { email: `owner-${database}@example.com`, passwordHash: "x" } })).id;
    strangerId = (await db.prisma.user.create({ data: { email: `stranger-${database}@example.com`, passwordHash: "x" } })).id;
    projectId = (await db.prisma.project.create({ data: { name: "Jobs", ownerId } })).id;
    await startQuietJobs();
  });

  afterAll(async () => {
    await stopQuietJobs();
    await env.tearDown();
  });

  beforeEach(() => {
    Object.assign(mock, { latencyMs: 0, honourAbort: false, calls: [], aborted: 0, beforeFirstThumbnail: undefined });
  });


  async function personaWithCandidates(candidates: number) {
    const { requestSeedGeneration } = await import("@/lib/avatars/request-seed-generation");
    const avatar = await db.prisma.avatar.create({ data: { projectId, name: `Persona ${mock.calls.length}-${Date.now()}` } });
    return requestSeedGeneration(ownerId, avatar.id, { candidates });
  }

  const imagesOf = (generationId: string) => db.prisma.image.findMany({ where: { generationId }, select: { id: true } });

  describe("a generation", () => {
    it("cancelled while queued never calls the provider; a second cancel is a 409, another user's a 404", async () => {
      const { cancelGeneration } = await import("@/lib/generations/cancel-generation");
      mock.latencyMs = 500;
      // Two run at once per user: the third waits in the queue.
      const first = await personaWithCandidates(1);
      const second = await personaWithCandidates(1);
      const third = await personaWithCandidates(1);
      await waitFor(() => mock.calls.length === 2);
      await expect(cancelGeneration(strangerId, third.id)).rejects.toMatchObject({ code: "not_found" });
      expect(await cancelGeneration(ownerId, third.id)).toMatchObject({ id: third.id, status: "cancelled", stage: "cancelled" });
      await waitForJobsIdle();
      expect(mock.calls).toHaveLength(2);
      expect(await imagesOf(third.id)).toEqual([]);
      const rows = await db.prisma.generation.findMany({ where: { id: { in: [first.id, second.id, third.id] } }, select: { id: true, status: true } });
      expect(Object.fromEntries(rows.map((row) => [row.id, row.status]))).toEqual({ [first.id]: "completed", [second.id]: "completed", [third.id]: "cancelled" });
      await expect(cancelGeneration(ownerId, third.id)).rejects.toMatchObject({ code: "conflict" });
      await expect(cancelGeneration(ownerId, first.id)).rejects.toMatchObject({ code: "conflict" });
      const run = await db.prisma.jobRun.findFirst({ where: { functionId: "likeness-generation-run", event: { path: ["data", "generationId"], equals: third.id } } });
      expect(run?.status).toBe("cancelled");
    });

    it("cancelled while a synchronous provider call is in flight: that call finishes and its image is kept, no other call starts", async () => {
      const { cancelGeneration } = await import("@/lib/generations/cancel-generation");
      mock.latencyMs = 800;
      const generation = await personaWithCandidates(4);
      await waitFor(() => mock.calls.length === 1);
      await cancelGeneration(ownerId, generation.id);
      const callsWhenCancelled = mock.calls.length;
      await waitForJobsIdle();
      await pause(300);
      expect(mock.calls).toHaveLength(callsWhenCancelled);
      expect(await imagesOf(generation.id)).toHaveLength(1);
      expect(await db.prisma.generation.findUniqueOrThrow({ where: { id: generation.id } })).toMatchObject({ status: "cancelled", done: 1 });
    });

    it("cancelled while a queue-based provider call is in flight: the call's AbortSignal fires", async () => {
      const { cancelGeneration } = await import("@/lib/generations/cancel-generation");
      mock.latencyMs = 10_000;
      mock.honourAbort = true;
      const generation = await personaWithCandidates(2);
      await waitFor(() => mock.calls.length === 1);
      const cancelledAt = Date.now();
      await cancelGeneration(ownerId, generation.id);
      await waitFor(() => mock.aborted === 1, 5_000);
      expect(Date.now() - cancelledAt).toBeLessThan(3_000);
      await waitForJobsIdle();
      expect(mock.calls).toHaveLength(1);
      expect(await imagesOf(generation.id)).toEqual([]);
    });

    it("cancelled between steps makes no further call; a retry makes only the missing images, none twice", async () => {
      const { cancelGeneration } = await import("@/lib/generations/cancel-generation");
      const { retryGeneration } = await import("@/lib/generations/retry-generation");
      let generationId = "";
      mock.beforeFirstThumbnail = async () => void (await cancelGeneration(ownerId, generationId));
      const generation = await personaWithCandidates(4);
      generationId = generation.id;
      await waitForJobsIdle();
      expect(mock.calls).toHaveLength(1);
      expect((await db.prisma.generation.findUniqueOrThrow({ where: { id: generationId } })).status).toBe("cancelled");

      expect(await retryGeneration(ownerId, generationId)).toMatchObject({ status: "pending" });
      await waitForJobsIdle();
      // The first image's original was already stored: only the other three called the provider.
      expect(mock.calls).toHaveLength(4);
      const images = await imagesOf(generationId);
      expect(images).toHaveLength(4);
      expect(new Set(images.map((image) => image.id)).size).toBe(4);
      expect(await db.prisma.generation.findUniqueOrThrow({ where: { id: generationId } })).toMatchObject({ status: "completed", done: 4, failed: 0 });
    });
  });

  describe("a batch", () => {
    it("cancelled mid-run starts no provider call after cancel returns, and resume finishes the rest with no duplicate image", async () => {
      const { createBatch } = await import("@/lib/batches/create-batch");
      const { cancelBatch } = await import("@/lib/batches/cancel-batch");
      const { resumeBatch } = await import("@/lib/batches/resume-batch");
      const { getBatchDetail } = await import("@/lib/batches/get-batch-detail");
      mock.latencyMs = 250;
      const created = await createBatch(ownerId, projectId, createBatchSchema.parse({ count: 6, images: true, seed: 11 }));
      await waitFor(() => mock.calls.length >= 4);
      await expect(cancelBatch(strangerId, created.id)).rejects.toMatchObject({ code: "not_found" });
      await expect(resumeBatch(ownerId, created.id)).rejects.toMatchObject({ code: "conflict" });
      const cancelled = await cancelBatch(ownerId, created.id);
      const callsWhenCancelled = mock.calls.length;
      expect(cancelled.status).toBe("cancelled");
      await waitForJobsIdle();
      await pause(300);
      expect(mock.calls).toHaveLength(callsWhenCancelled);

      const stopped = await getBatchDetail(ownerId, created.id);
      expect(stopped.status).toBe("cancelled");
      const statuses = stopped.avatars.map((avatar) => avatar.batchPersona.status);
      expect(statuses).toContain("cancelled");
      expect(statuses.every((status) => status === "succeeded" || status === "cancelled")).toBe(true);
      const runs = await db.prisma.jobRun.findMany({ where: { functionId: { in: ["likeness-batch-run", "likeness-batch-persona-run"] } }, select: { status: true } });
      expect(runs.some((run) => run.status === "cancelled")).toBe(true);
      expect(runs.every((run) => run.status === "cancelled" || run.status === "completed")).toBe(true);
      await expect(cancelBatch(ownerId, created.id)).rejects.toMatchObject({ code: "conflict" });

      expect(await resumeBatch(ownerId, created.id)).toMatchObject({ status: "pending" });
      await waitForJobsIdle();
      const finished = await getBatchDetail(ownerId, created.id);
      expect(finished).toMatchObject({ status: "completed", personasDone: 6, personasFailed: 0, imagesDone: 30 });
      const images = await db.prisma.image.findMany({ where: { avatar: { batchId: created.id } }, select: { id: true, kind: true } });
      expect(images).toHaveLength(30);
      // Every call made an image that was kept: nothing was generated twice.
      expect(mock.calls).toHaveLength(30);
    });

    it("lets a single avatar started during a 50-persona batch start within one provider call", async () => {
      const { createBatch } = await import("@/lib/batches/create-batch");
      const { cancelBatch } = await import("@/lib/batches/cancel-batch");
      const { generateAvatar } = await import("@/lib/avatars/generate-avatar");
      mock.latencyMs = 800;
      const batch = await createBatch(ownerId, projectId, createBatchSchema.parse({ count: 50, images: true, seed: 5 }));
      await waitFor(() => mock.calls.length >= 6, 60_000);
      const queuedAt = Date.now();
      const before = mock.calls.length;
      const { generation } = await generateAvatar(ownerId, projectId, generateAvatarSchema.parse({ name: "By hand", prompt: "PRIORITY-MARK portrait" }));
      await waitFor(() => mock.calls.some((call) => call.prompt.includes("PRIORITY-MARK")), 10_000);
      const position = mock.calls.findIndex((call) => call.prompt.includes("PRIORITY-MARK"));
      const startedAfterMs = mock.calls[position].at - queuedAt;
      // At most a batch call claimed a slot while the click was being written; the hand-made one took the next.
      expect(position - before).toBeLessThanOrEqual(1);
      // "Within one provider call": no longer than one generation run takes here (its call plus its steps),
      // measured from the batch's own calls so that a loaded machine moves both. Two runs share the slots.
      // The first calls start together; the last few show the steady pace.
      const starts = mock.calls.slice(Math.max(0, before - 5), before).map((call) => call.at);
      const oneRunMs = Math.max(mock.latencyMs, (2 * (starts[starts.length - 1] - starts[0])) / (starts.length - 1));
      expect(startedAfterMs).toBeLessThan(2 * oneRunMs);
      await cancelBatch(ownerId, batch.id);
      await waitForJobsIdle();
      expect((await db.prisma.generation.findUniqueOrThrow({ where: { id: generation.id } })).status).toBe("completed");
    });
  });
});
