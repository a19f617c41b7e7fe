import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createBatchSchema } from "@/lib/batches/batch-schemas";
import { resetConfig } from "@/lib/config/env";
import { mockResponses, startMockModelServer } from "../../support/mock-model-server";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";

// The first provider call of a test can be made to fail for good, as a provider's 400 would.
const failures = vi.hoisted(() => ({ next: 0 }));
vi.mock("@/lib/providers/image/local", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/providers/image/local")>();
  const { ProviderError } = await import("@/lib/providers/image/errors");
  return {
    ...original,
    createLocalProvider: () => {
      const provider = original.createLocalProvider();
      return {
        ...provider,
        generate: async (...args: Parameters<typeof provider.generate>) => {
          if (failures.next > 0) {
            failures.next--;
            throw new ProviderError("Input validation error: prompt rejected", { kind: "permanent", provider: "local", status: 400 });
          }
          return provider.generate(...args);
        },
      };
    },
  };
});

let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
let database: TestDatabase;
let ownerId: string;
let projectId: string;

beforeAll(async () => {
  env = await setUpLibEnvironment({ label: "batch" });
  database = env.db;
  ownerId = (await database.prisma.user.create({ data: { email: "batch-owner@example.com", passwordHash: "x" } })).id;
  projectId = (await database.prisma.project.create({ data: { name: "Batches", ownerId } })).id;
  const { startJobs } = await import("@/inngest/start-jobs");
  vi.spyOn(console, "log").mockImplementation(() => {});
  // The SDK logs every failed step; here failures are what the tests provoke.
  vi.spyOn(console, "error").mockImplementation(() => {});
  await startJobs({ retryBaseDelayMs: 10, pollIntervalMs: 50, log: () => {} });
});

afterAll(async () => {
  const { stopJobs } = await import("@/inngest/start-jobs");
  await stopJobs();
  await env.tearDown();
});

async function waitForBatch(batchId: string) {
  const { getEmbeddedDriver } = await import("@/inngest/start-jobs");
  await (await getEmbeddedDriver()).waitForIdle({ timeoutMs: 60_000 });
  const { getBatchDetail } = await import("@/lib/batches/get-batch-detail");
  return getBatchDetail(ownerId, batchId);
}

describe("the batch job (embedded driver)", () => {
  it("writes the personas, makes an approved base and 4 variations for each, and completes", async () => {
    const { createBatch } = await import("@/lib/batches/create-batch");
    const created = await createBatch(ownerId, projectId, createBatchSchema.parse({ count: 3, images: true, seed: 42, constraints: { locale: "de-DE" } }));
    expect(created).toMatchObject({ status: "pending", total: 3, imagesTotal: 15 });

    const batch = await waitForBatch(created.id);
    expect(batch).toMatchObject({ status: "completed", personasDone: 3, personasFailed: 0, imagesDone: 15, imagesTotal: 15, errorLog: [] });
    expect(batch.durationMs).toBeGreaterThan(0);
    expect(batch.avatars.map((a) => a.batchPersona.index)).toEqual([0, 1, 2]);
    for (const avatar of batch.avatars) {
      expect(avatar).toMatchObject({ status: "approved", appearanceLocked: true, batchId: created.id, batchPersona: { status: "succeeded" } });
      expect(avatar.variations).toHaveLength(4);
    }
    const approvals = await database.prisma.usageEvent.findMany({ where: { avatarId: batch.avatars[0].id, type: "approved" } });
    expect(approvals).toMatchObject([{ actorId: null }]);
  });

  it("contains a persona whose provider call fails for good, logs why, and retries only that persona", async () => {
    const { createBatch } = await import("@/lib/batches/create-batch");
    const { retryFailedPersonas } = await import("@/lib/batches/retry-failed-personas");
    failures.next = 1;
    const created = await createBatch(ownerId, projectId, createBatchSchema.parse({ count: 3, images: true, seed: 7 }));
    const batch = await waitForBatch(created.id);
    expect(batch).toMatchObject({ status: "completed", personasDone: 2, personasFailed: 1, imagesDone: 10 });
    expect(batch.errorLog).toHaveLength(1);
    const failed = batch.avatars.find((a) => a.batchPersona.status === "failed")!;
    expect(batch.errorLog[0]).toMatchObject({ avatarId: failed.id, name: failed.name, stage: "base" });
    expect(batch.errorLog[0].message).toMatch(/prompt rejected/);

    const generationsBefore = await database.prisma.generation.count({ where: { batchId: created.id } });
    const retried = await retryFailedPersonas(ownerId, created.id);
    expect(retried.status).toBe("pending");
    const after = await waitForBatch(created.id);
    expect(after).toMatchObject({ status: "completed", personasDone: 3, personasFailed: 0, imagesDone: 15, errorLog: [] });
    // The failed base generation ran again and the persona got its variations; nobody else was regenerated.
    expect(await database.prisma.generation.count({ where: { batchId: created.id } })).toBe(generationsBefore + 1);
    await expect(retryFailedPersonas(ownerId, created.id)).rejects.toThrow(/no failed personas/);
  });

  it("fails the batch with the reason when the persona data cannot be written, and a retry starts it over", async () => {
    const { createBatch } = await import("@/lib/batches/create-batch");
    const { retryFailedPersonas } = await import("@/lib/batches/retry-failed-personas");
    const mock = await startMockModelServer();
    mock.enqueue("openai-chat", mockResponses.openaiError(401, "Incorrect API key provided", "invalid_api_key"));
    Object.assign(process.env, { OPENAI_API_KEY: "sk-wrong", OPENAI_BASE_URL: mock.openaiBaseUrl });
    resetConfig();
    try {
      const created = await createBatch(ownerId, projectId, createBatchSchema.parse({ count: 2, images: false }));
      const batch = await waitForBatch(created.id);
      expect(batch.status).toBe("failed");
      expect(batch.errorMessage).toMatch(/^Could not write the persona data: The text model rejected the API key.*Check OPENAI_API_KEY/);
      expect(batch.errorLog).toMatchObject([{ avatarId: null, stage: "data", message: batch.errorMessage }]);
      expect(batch.avatars).toEqual([]);
      // A wrong key is permanent: one request, no retries.
      expect(mock.requestsFor("openai-chat")).toHaveLength(1);

      delete process.env.OPENAI_API_KEY;
      resetConfig();
      await retryFailedPersonas(ownerId, created.id);
      expect(await waitForBatch(created.id)).toMatchObject({ status: "completed", personasDone: 2, errorLog: [], errorMessage: null });
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
      resetConfig();
      await mock.close();
    }
  });

  it("winds down without retrying forever when the project is deleted while its batch runs", async () => {
    const { createBatch } = await import("@/lib/batches/create-batch");
    const { deleteProject } = await import("@/lib/projects/delete-project");
    const doomed = (await database.prisma.project.create({ data: { name: "Doomed", ownerId } })).id;
    const created = await createBatch(ownerId, doomed, createBatchSchema.parse({ count: 6, images: true }));
    for (let i = 0; i < 500; i++) {
      const row = await database.prisma.batch.findUnique({ where: { id: created.id }, select: { status: true } });
      if (row?.status === "generating_images") break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await deleteProject(ownerId, doomed);
    const { getEmbeddedDriver } = await import("@/inngest/start-jobs");
    await (await getEmbeddedDriver()).waitForIdle({ timeoutMs: 20_000 });
    expect(await database.prisma.batch.count({ where: { id: created.id } })).toBe(0);
    expect(await database.prisma.avatar.count({ where: { projectId: doomed } })).toBe(0);
  });

  it("without images, completes as soon as the personas are written", async () => {
    const { createBatch } = await import("@/lib/batches/create-batch");
    const created = await createBatch(ownerId, projectId, createBatchSchema.parse({ count: 4, images: false }));
    const batch = await waitForBatch(created.id);
    expect(batch).toMatchObject({ status: "completed", personasDone: 4, imagesTotal: 0, imagesDone: 0 });
    expect(new Set(batch.avatars.map((a) => a.name)).size).toBe(4);
    expect(batch.avatars.every((a) => a.status === "pending_upload")).toBe(true);
  });
});
