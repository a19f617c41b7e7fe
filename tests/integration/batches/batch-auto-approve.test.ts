import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createBatchSchema } from "@/lib/batches/batch-schemas";
import { resetConfig } from "@/lib/config/env";
import { blurred, faceFixture } from "../../faces/face-fixtures";
import { startMockModelServer, type MockModelServer, type MockRequest } from "../../support/mock-model-server";
import { startQuietJobs, stopQuietJobs, waitFor, waitForJobsIdle } from "../support/embedded-jobs";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";

let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
let db: TestDatabase;
let mock: MockModelServer;
let ownerId: string;
let projectId: string;
let sharpFace: Buffer;
let blurryFace: Buffer;

beforeAll(async () => {
  env = await setUpLibEnvironment({ label: "batch-review" });
  db = env.db;
  mock = await startMockModelServer();
  // Only Hugging Face points at the mock: persona data stays with the offline generator.
  Object.assign(process.env, { HF_TOKEN: "hf_test", HF_ENDPOINT_URL: mock.huggingFaceUrl });
  resetConfig();
  sharpFace = faceFixture("woman-d");
  blurryFace = await blurred(faceFixture("man-a"));
  ownerId = (await db.prisma.user.create({ data: { email: "batch-review@example.com", passwordHash: "x" } })).id;
  // Variations answer one face for every persona, so they drift from the other bases: no identity retries here
  // (tests/integration/faces/drift-retries.test.ts covers those), only the calls auto-approval allows.
  projectId = (await db.prisma.project.create({ data: { name: "Review", ownerId, maxIdentityRetries: 0 } })).id;
  await startQuietJobs();
});

afterAll(async () => {
  await stopQuietJobs();
  delete process.env.HF_TOKEN;
  delete process.env.HF_ENDPOINT_URL;
  await mock.close();
  await env.tearDown();
});

beforeEach(() => mock.reset());

const jpeg = (body: Buffer) => ({ status: 200, headers: { "content-type": "image/jpeg" }, body });
/** Hugging Face image-to-image (a variation) carries its prompt in parameters; text-to-image (a base) in inputs. */
const isVariation = (request: MockRequest) => typeof (request.json as { parameters?: { prompt?: unknown } })?.parameters?.prompt === "string";
const seedOf = (request: MockRequest) => (request.json as { parameters?: { seed?: number } })?.parameters?.seed;

/** Bases are real photographs: the one whose seed is `poorSeed` blurred, the others sharp; variations the sharp face. */
function answerBases(poorSeeds: number[]) {
  mock.respondWith("huggingface", (request) => (!isVariation(request) && poorSeeds.includes(seedOf(request) ?? -1) ? jpeg(blurryFace) : jpeg(sharpFace)));
}

async function runBatch(body: Record<string, unknown>) {
  const { createBatch } = await import("@/lib/batches/create-batch");
  const created = await createBatch(ownerId, projectId, createBatchSchema.parse(body));
  await waitForJobsIdle();
  const { getBatchDetail } = await import("@/lib/batches/get-batch-detail");
  return { created, batch: await getBatchDetail(ownerId, created.id) };
}

async function usageImages() {
  const { getUsageReport } = await import("@/lib/usage/get-usage-report");
  const report = await getUsageReport(ownerId);
  return { made: report.images, counted: report.quotaUsed.images };
}

describe("batch autoApprove", () => {
  it("if-quality-good: a poor base waits in review without variations, the others succeed, and usage counts only what ran", async () => {
    answerBases([1001]);
    const before = await usageImages();
    const { created, batch } = await runBatch({ count: 3, images: true, provider: "huggingface", seed: 1000 });
    expect(created).toMatchObject({ autoApprove: "if-quality-good", imagesTotal: 15 });
    expect(batch).toMatchObject({ status: "completed", personasDone: 2, personasFailed: 0, personasInReview: 1, imagesDone: 11, imagesTotal: 11, errorLog: [] });

    const waiting = batch.avatars.find((avatar) => avatar.batchPersona.index === 1)!;
    expect(waiting).toMatchObject({ status: "draft", appearanceLocked: false, batchPersona: { status: "needs_review", stage: "approve" }, variations: [] });
    expect(waiting.batchPersona.errorMessage).toMatch(/quality check is "poor".*blurry/);
    const base = await db.prisma.image.findUniqueOrThrow({ where: { id: waiting.baseImage!.id } });
    expect(base).toMatchObject({ review: "needs_review", quality: { verdict: "poor" } });
    for (const avatar of batch.avatars.filter((a) => a.batchPersona.index !== 1)) {
      expect(avatar).toMatchObject({ status: "approved", batchPersona: { status: "succeeded" } });
      expect(avatar.variations).toHaveLength(4);
    }
    // 3 bases and 4 variations for each of the 2 approved personas: no provider call for the waiting one's variations.
    expect(mock.requestsFor("huggingface")).toHaveLength(11);
    expect(mock.requestsFor("huggingface").filter(isVariation)).toHaveLength(8);
    expect(await usageImages()).toEqual({ made: before.made + 11, counted: before.counted + 11 });

    // A person approves the waiting base (the review queue's keep does the same): its variations are made.
    const { approveSeedImage } = await import("@/lib/avatars/approve-seed-image");
    await approveSeedImage(ownerId, waiting.id);
    await waitForJobsIdle();
    const { getBatchDetail } = await import("@/lib/batches/get-batch-detail");
    const after = await getBatchDetail(ownerId, created.id);
    expect(after).toMatchObject({ status: "completed", personasDone: 3, personasInReview: 0, imagesDone: 15, imagesTotal: 15 });
    const continued = after.avatars.find((avatar) => avatar.id === waiting.id)!;
    expect(continued).toMatchObject({ status: "approved", batchPersona: { status: "succeeded", stage: "done", errorMessage: null } });
    expect(continued.variations).toHaveLength(4);
    expect((await db.prisma.image.findUniqueOrThrow({ where: { id: base.id } })).review).toBe("kept");
    expect(mock.requestsFor("huggingface")).toHaveLength(15);
    expect(await usageImages()).toEqual({ made: before.made + 15, counted: before.counted + 15 });
  }, 180_000);

  it("never: every persona waits in review (the project's setting is the default), and no variation is reserved or made", async () => {
    await db.prisma.project.update({ where: { id: projectId }, data: { autoApprove: "never" } });
    try {
      const { created, batch } = await runBatch({ count: 2, images: true, provider: "local" });
      expect(created.autoApprove).toBe("never");
      expect(batch).toMatchObject({ status: "completed", personasDone: 0, personasInReview: 2, imagesDone: 2, imagesTotal: 2 });
      expect(batch.avatars.map((a) => a.batchPersona.status)).toEqual(["needs_review", "needs_review"]);
      expect(await db.prisma.generation.count({ where: { batchId: created.id, type: "variations" } })).toBe(0);
    } finally {
      await db.prisma.project.update({ where: { id: projectId }, data: { autoApprove: "if-quality-good" } });
    }
  });

  it("always: even poor bases are approved and get their variations", async () => {
    answerBases([2000, 2001]);
    const { batch } = await runBatch({ count: 2, images: true, provider: "huggingface", seed: 2000, autoApprove: "always" });
    expect(batch).toMatchObject({ status: "completed", autoApprove: "always", personasDone: 2, personasInReview: 0, imagesDone: 10, imagesTotal: 10 });
    const qualities = await db.prisma.image.findMany({ where: { id: { in: batch.avatars.map((a) => a.baseImage!.id) } }, select: { quality: true, review: true } });
    expect(qualities.map((q) => [(q.quality as { verdict: string }).verdict, q.review])).toEqual([["poor", null], ["poor", null]]);
  }, 120_000);

  it("if-quality-good lets the offline provider's unmeasured illustrations through", async () => {
    const { batch } = await runBatch({ count: 2, images: true, provider: "local" });
    expect(batch).toMatchObject({ status: "completed", personasDone: 2, personasInReview: 0, imagesDone: 10 });
  });

  it("a base approved while its batch still runs gets its variations in the same run", async () => {
    // Persona 0's base answers at once; the others' are slow, so the batch is still running when it is approved.
    mock.respondWith("huggingface", (request) =>
      isVariation(request) || seedOf(request) === 3000 ? jpeg(sharpFace) : { ...jpeg(sharpFace), delayMs: 2500 },
    );
    const { createBatch } = await import("@/lib/batches/create-batch");
    const created = await createBatch(ownerId, projectId, createBatchSchema.parse({ count: 3, images: true, provider: "huggingface", seed: 3000, autoApprove: "never" }));
    const first = `${created.id}p000`;
    await waitFor(async () => (await db.prisma.batchPersona.findUnique({ where: { avatarId: first } }))?.status === "needs_review");
    expect((await db.prisma.batch.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("generating_images");
    const { approveSeedImage } = await import("@/lib/avatars/approve-seed-image");
    await approveSeedImage(ownerId, first);
    await waitForJobsIdle();
    const { getBatchDetail } = await import("@/lib/batches/get-batch-detail");
    const batch = await getBatchDetail(ownerId, created.id);
    expect(batch).toMatchObject({ status: "completed", personasDone: 1, personasInReview: 2, imagesDone: 7, imagesTotal: 7 });
    expect(batch.avatars.map((a) => a.batchPersona.status)).toEqual(["succeeded", "needs_review", "needs_review"]);
    expect(batch.avatars[0].variations).toHaveLength(4);
  }, 120_000);

  it("an approval whose variations do not fit the quota fails the persona with why; retry-failed makes them later", async () => {
    answerBases([]);
    const userId = (await db.prisma.user.create({ data: { email: "batch-quota@example.com", passwordHash: "x", quotaImagesPerMonth: 5 } })).id;
    const ownProject = (await db.prisma.project.create({ data: { name: "Quota", ownerId: userId } })).id;
    const { createBatch } = await import("@/lib/batches/create-batch");
    const { getBatchDetail } = await import("@/lib/batches/get-batch-detail");
    const created = await createBatch(userId, ownProject, createBatchSchema.parse({ count: 1, images: true, provider: "huggingface", seed: 4000, autoApprove: "never" }));
    await waitForJobsIdle();
    expect(await getBatchDetail(userId, created.id)).toMatchObject({ status: "completed", personasInReview: 1, imagesDone: 1, imagesTotal: 1 });

    // The month now has room for 3 more images: the persona's 4 variations do not fit.
    await db.prisma.user.update({ where: { id: userId }, data: { quotaImagesPerMonth: 4 } });
    const { approveSeedImage } = await import("@/lib/avatars/approve-seed-image");
    const avatarId = `${created.id}p000`;
    await approveSeedImage(userId, avatarId);
    await waitForJobsIdle();
    const refused = await getBatchDetail(userId, created.id);
    expect(refused).toMatchObject({ status: "completed", personasFailed: 1, personasInReview: 0, imagesDone: 1, imagesTotal: 5 });
    expect(refused.errorLog).toMatchObject([{ avatarId, stage: "variations", message: expect.stringMatching(/^Approved, but its 4 variations do not fit: Monthly image quota reached: 1 of 4 images used; this approval needs 4\. Retry the failed personas/) }]);
    expect(mock.requestsFor("huggingface")).toHaveLength(1);

    await db.prisma.user.update({ where: { id: userId }, data: { quotaImagesPerMonth: 10 } });
    const { retryFailedPersonas } = await import("@/lib/batches/retry-failed-personas");
    await retryFailedPersonas(userId, created.id);
    await waitForJobsIdle();
    expect(await getBatchDetail(userId, created.id)).toMatchObject({ status: "completed", personasDone: 1, personasFailed: 0, imagesDone: 5, imagesTotal: 5 });
    expect(mock.requestsFor("huggingface")).toHaveLength(5);
  }, 120_000);

  it("refuses an unknown autoApprove", () => {
    const parsed = createBatchSchema.safeParse({ count: 2, autoApprove: "sometimes" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["autoApprove"], message: 'autoApprove must be "always", "if-quality-good" or "never"' });
  });
});
