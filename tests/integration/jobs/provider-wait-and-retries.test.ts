import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createBatchSchema } from "@/lib/batches/batch-schemas";
import { httpStatusFor, type AppError } from "@/lib/errors";
import { createAvatarWithBase } from "../training/training-fixtures";
import { startQuietJobs, stopQuietJobs, waitForJobsIdle } from "../support/embedded-jobs";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";

// The local provider, which can answer like a rate-limited remote one (429 with a Retry-After, once),
// fail for good, or take its time; every call is counted as it starts.
const mock = vi.hoisted(() => ({
  latencyMs: 0,
  rateLimitOnceMs: undefined as number | undefined,
  failForGood: false,
  calls: 0,
}));

vi.mock("@/lib/providers/image/local", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/providers/image/local")>();
  const { ProviderError } = await import("@/lib/providers/image/errors");
  return {
    ...original,
    createLocalProvider: () => {
      const provider = original.createLocalProvider();
      return {
        ...provider,
        generate: async (...[request, options]: Parameters<typeof provider.generate>) => {
          mock.calls++;
          if (mock.latencyMs) await new Promise((resolve) => setTimeout(resolve, mock.latencyMs));
          if (mock.rateLimitOnceMs !== undefined) {
            const retryAfterMs = mock.rateLimitOnceMs;
            mock.rateLimitOnceMs = undefined;
            throw new ProviderError("The local generator is rate limiting requests (429).", { kind: "transient", provider: "local", status: 429, retryAfterMs });
          }
          if (mock.failForGood) throw new ProviderError("The local generator rejected the request: no", { kind: "permanent", provider: "local", status: 400 });
          return provider.generate(request, options);
        },
      };
    },
  };
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 30_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await pause(10);
  }
}

/** Runs `attempt` five times at once, and says how the doors would answer: 202 for a win, else the error's status. */
async function fiveAtOnce(attempt: () => Promise<unknown>) {
  const results = await Promise.allSettled(Array.from({ length: 5 }, attempt));
  return results.map((result) => (result.status === "fulfilled" ? { status: 202 } : { status: httpStatusFor((result.reason as AppError).code), error: (result.reason as Error).message }));
}

describe.each(["postgres", "embedded"] as const)("provider waits and single-winner retries (%s database)", (database) => {
  let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
  let db: TestDatabase;
  let ownerId: string;
  let projectId: string;

  beforeAll(async () => {
    env = await setUpLibEnvironment({ label: `retries-${database}`, database });
    db = env.db;
    ownerId = (await db.prisma.user.create({ data: { email: `owner-${database}@example.com`, passwordHash: "x" } })).id;
    projectId = (await db.prisma.project.create({ data: { name: "Retries", ownerId } })).id;
    await startQuietJobs();
  });

  afterAll(async () => {
    await stopQuietJobs();
    await env.tearDown();
  });

  beforeEach(() => {
    Object.assign(mock, { latencyMs: 0, rateLimitOnceMs: undefined, failForGood: false, calls: 0 });
  });


  async function personaWithCandidates(candidates: number) {
    const { requestSeedGeneration } = await import("@/lib/avatars/request-seed-generation");
    const avatar = await db.prisma.avatar.create({ data: { projectId, name: `Persona ${Math.random().toString(36).slice(2)}` } });
    return requestSeedGeneration(ownerId, avatar.id, { candidates });
  }

  const generationRow = (id: string) => db.prisma.generation.findUniqueOrThrow({ where: { id } });

  describe("a provider's Retry-After", () => {
    it("longer than PROVIDER_MAX_RETRY_AFTER_MS fails the attempt at once with a message that says so; retry works afterwards", async () => {
      const { retryGeneration } = await import("@/lib/generations/retry-generation");
      mock.rateLimitOnceMs = 3_600_000;
      const generation = await personaWithCandidates(1);
      await waitForJobsIdle();
      const failed = await generationRow(generation.id);
      expect(failed.status).toBe("failed");
      expect(failed.errorMessage).toContain("The local generator asked to wait 60 minutes; more than the 5-minute limit");
      expect(failed.waitingUntil).toBeNull();
      // Not retried by the engine: one call, not one an hour later.
      expect(mock.calls).toBe(1);

      expect(await retryGeneration(ownerId, generation.id)).toMatchObject({ status: "pending" });
      await waitForJobsIdle();
      expect(await generationRow(generation.id)).toMatchObject({ status: "completed", done: 1, failed: 0 });
      expect(mock.calls).toBe(2);
    });

    it("under the limit is waited out, and the generation says until when while it waits", async () => {
      const { getGenerationOrThrow } = await import("@/lib/generations/get-generation-or-throw");
      mock.rateLimitOnceMs = 2_000;
      const startedAt = Date.now();
      const generation = await personaWithCandidates(1);
      const waiting = await waitFor(async () => (await getGenerationOrThrow(ownerId, generation.id)).waitingUntil);
      // What REST and the progress poller read (generationSelect) carries it.
      expect(waiting.getTime()).toBeGreaterThanOrEqual(startedAt + 2_000);
      expect(waiting.getTime()).toBeLessThan(Date.now() + 2_500);
      const { generationStageLabel } = await import("@/lib/generations/generation-stage-label");
      const shown = await getGenerationOrThrow(ownerId, generation.id);
      expect(generationStageLabel(shown, Date.now(), (date) => date.toISOString())).toBe(`Waiting for the local generator until ${waiting.toISOString()}`);
      // The jobs page and GET /api/v1/jobs carry it too.
      const { listJobs } = await import("@/lib/jobs/list-jobs");
      const { jobListQuerySchema } = await import("@/lib/jobs/job-schemas");
      const listed = await listJobs(ownerId, jobListQuerySchema.parse({ projectId }));
      expect(listed.jobs.find((job) => job.id === generation.id)?.waitingUntil).toEqual(waiting);
      await waitForJobsIdle();
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(2_000);
      expect(await generationRow(generation.id)).toMatchObject({ status: "completed", done: 1, waitingUntil: null });
      expect(mock.calls).toBe(2);
    });
  });

  describe("five concurrent retries", () => {
    it("of a failed generation: exactly one 202, the others 409", async () => {
      const { retryGeneration } = await import("@/lib/generations/retry-generation");
      mock.failForGood = true;
      const generation = await personaWithCandidates(2);
      await waitForJobsIdle();
      expect((await generationRow(generation.id)).status).toBe("failed");
      mock.failForGood = false;
      mock.latencyMs = 300;
      const calls = mock.calls;
      const answers = await fiveAtOnce(() => retryGeneration(ownerId, generation.id));
      expect(answers.filter((answer) => answer.status === 202)).toHaveLength(1);
      expect(answers.filter((answer) => answer.status === 409)).toHaveLength(4);
      for (const answer of answers.filter((answer) => answer.status === 409)) expect(answer.error).toMatch(/still running|already being retried/);
      await waitForJobsIdle();
      expect(mock.calls - calls).toBe(2);
      expect(await generationRow(generation.id)).toMatchObject({ status: "completed", done: 2 });
      const runs = await db.prisma.jobRun.count({ where: { functionId: "likeness-generation-run", event: { path: ["data", "generationId"], equals: generation.id } } });
      expect(runs).toBe(2);
    });

    it("of a training set's failed items: exactly one 202, the others 409", async () => {
      const { requestTrainingSet } = await import("@/lib/training/request-training-set");
      const { retryFailedTrainingItems } = await import("@/lib/training/retry-failed-training-items");
      const { avatarId } = await createAvatarWithBase(db, ownerId);
      mock.failForGood = true;
      const first = await requestTrainingSet(ownerId, avatarId, { prompts: ["on a beach", "in a library", "at a desk"] });
      await waitForJobsIdle();
      expect((await generationRow(first.id)).status).toBe("failed");
      mock.failForGood = false;
      mock.latencyMs = 300;
      const answers = await fiveAtOnce(() => retryFailedTrainingItems(ownerId, avatarId));
      expect(answers.filter((answer) => answer.status === 202)).toHaveLength(1);
      expect(answers.filter((answer) => answer.status === 409)).toHaveLength(4);
      await waitForJobsIdle();
      expect(await db.prisma.generation.count({ where: { avatarId, type: "training" } })).toBe(2);
      expect(await db.prisma.trainingItem.count({ where: { avatarId, status: "completed" } })).toBe(3);
    });

    it("of a batch's failed personas: exactly one 202, the others 409; on a cancelled batch the 409 says to resume", async () => {
      const { createBatch } = await import("@/lib/batches/create-batch");
      const { retryFailedPersonas } = await import("@/lib/batches/retry-failed-personas");
      const { getBatchOrThrow } = await import("@/lib/batches/get-batch-or-throw");
      mock.failForGood = true;
      const batch = await createBatch(ownerId, projectId, createBatchSchema.parse({ count: 2, images: true, seed: 3 }));
      await waitForJobsIdle();
      expect((await getBatchOrThrow(ownerId, batch.id)).status).toBe("failed");
      mock.failForGood = false;
      mock.latencyMs = 100;
      const answers = await fiveAtOnce(() => retryFailedPersonas(ownerId, batch.id));
      expect(answers.filter((answer) => answer.status === 202)).toHaveLength(1);
      expect(answers.filter((answer) => answer.status === 409)).toHaveLength(4);
      await waitForJobsIdle();
      expect(await getBatchOrThrow(ownerId, batch.id)).toMatchObject({ status: "completed", personasDone: 2, personasFailed: 0 });
      const runs = await db.prisma.jobRun.count({ where: { functionId: "likeness-batch-run", event: { path: ["data", "batchId"], equals: batch.id } } });
      expect(runs).toBe(2);
    });

    it("resumes of a cancelled batch: exactly one 202, the others 409; retry-failed on it says to resume", async () => {
      const { createBatch } = await import("@/lib/batches/create-batch");
      const { cancelBatch } = await import("@/lib/batches/cancel-batch");
      const { resumeBatch } = await import("@/lib/batches/resume-batch");
      const { retryFailedPersonas } = await import("@/lib/batches/retry-failed-personas");
      const { getBatchOrThrow } = await import("@/lib/batches/get-batch-or-throw");
      mock.latencyMs = 200;
      const batch = await createBatch(ownerId, projectId, createBatchSchema.parse({ count: 3, images: true, seed: 4 }));
      await waitFor(() => mock.calls >= 1);
      await cancelBatch(ownerId, batch.id);
      await waitForJobsIdle();
      await expect(retryFailedPersonas(ownerId, batch.id)).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/cancelled: resume it/) });
      const answers = await fiveAtOnce(() => resumeBatch(ownerId, batch.id));
      expect(answers.filter((answer) => answer.status === 202)).toHaveLength(1);
      expect(answers.filter((answer) => answer.status === 409)).toHaveLength(4);
      await waitForJobsIdle();
      expect(await getBatchOrThrow(ownerId, batch.id)).toMatchObject({ status: "completed", personasDone: 3 });
    });
  });
});
