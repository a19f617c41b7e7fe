import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { approveSeedImage } from "@/lib/avatars/approve-seed-image";
import { uploadSeedImage } from "@/lib/avatars/upload-seed-image";
import { resetConfig } from "@/lib/config/env";
import type { StoredIdentity } from "@/lib/faces/face-check-types";
import { createGeneration } from "@/lib/generations/create-generation";
import { enqueueGeneration } from "@/lib/generations/enqueue-generation";
import { retrySeed } from "@/lib/generations/identity-retry-plan";
import { getStorage } from "@/lib/storage";
import { countMonthUsage } from "@/lib/usage/count-month-usage";
import { getUsageReport } from "@/lib/usage/get-usage-report";
import { usagePeriod } from "@/lib/usage/usage-period";
import { mockResponses, startMockModelServer, type MockModelServer } from "../../support/mock-model-server";
import { mockProviderEnv } from "../../support/mock-provider-env";
import { faceFixture, noFace, samePersonVariant } from "../../faces/face-fixtures";
import { startQuietJobs, stopQuietJobs, waitForJobsIdle } from "../support/embedded-jobs";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";

let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
let db: TestDatabase;
let mock: MockModelServer;
let userId: string;
let projectId: string;
let sameFace: Buffer;

const drifted = () => mockResponses.image(faceFixture("woman-c"));
const driftedOther = () => mockResponses.image(faceFixture("woman-b"));
const consistent = () => mockResponses.image(sameFace);

beforeAll(async () => {
  env = await setUpLibEnvironment({ label: "drift" });
  db = env.db;
  mock = await startMockModelServer();
  Object.assign(process.env, mockProviderEnv(mock));
  resetConfig();
  sameFace = await samePersonVariant(faceFixture("man-a"));
  userId = (await db.prisma.user.create({ data: { email: "drift@example.com", passwordHash: "x" } })).id;
  projectId = (await db.prisma.project.create({ data: { ownerId: userId, name: "Drift" } })).id;
  await startQuietJobs();
});

afterAll(async () => {
  await stopQuietJobs();
  for (const key of Object.keys(mockProviderEnv(mock))) delete process.env[key];
  await mock.close();
  await env.tearDown();
});

async function approvedAvatar(name: string, ownerId = userId, inProject = projectId) {
  const avatar = await db.prisma.avatar.create({ data: { projectId: inProject, name } });
  const { image } = await uploadSeedImage(ownerId, avatar.id, { data: faceFixture("man-a"), claimedType: "image/jpeg" });
  await approveSeedImage(ownerId, avatar.id);
  return { avatarId: avatar.id, seedImageId: image.id };
}

/** Variations of an approved seed from Hugging Face (the mock), run by the embedded engine to the end. */
async function runVariations(name: string, { count = 1, mode = "separate" as "separate" | "grid", ownerId = userId, inProject = projectId } = {}) {
  const { avatarId, seedImageId } = await approvedAvatar(name, ownerId, inProject);
  const generation = await createGeneration(db.prisma, {
    userId: ownerId,
    projectId: inProject,
    avatarId,
    type: "variations",
    provider: "huggingface",
    prompt: "portrait of a man",
    seed: 11,
    width: 512,
    height: 512,
    input: { count, referenceImageId: seedImageId, mode },
  });
  await enqueueGeneration(generation);
  await waitForJobsIdle();
  const row = await db.prisma.generation.findUniqueOrThrow({ where: { id: generation.id } });
  const images = await db.prisma.image.findMany({ where: { generationId: generation.id }, orderBy: { id: "asc" } });
  return { generation: row, avatarId, images, identities: images.map((image) => image.identity as unknown as StoredIdentity) };
}

/** Stored files of the avatar that no image row names (attempt files left behind). */
async function filesWithoutRow(avatarId: string) {
  const keys: string[] = [];
  for await (const listed of getStorage().list(`avatars/${projectId}/${avatarId}/`)) keys.push(listed.key);
  const rows = await db.prisma.image.findMany({ where: { avatarId }, select: { storageKey: true, thumbnailKey: true } });
  const named = new Set(rows.flatMap((row) => [row.storageKey, row.thumbnailKey]));
  return keys.filter((key) => !named.has(key));
}

describe("drifted images are re-made in the generation job", () => {
  it("drifted, drifted, consistent: the third attempt is kept, with every try listed and the others' files gone", async () => {
    mock.reset();
    mock.enqueue("huggingface", drifted(), driftedOther(), consistent());
    const { generation, avatarId, images, identities } = await runVariations("Third time");
    expect(generation.status).toBe("completed");
    expect(mock.requestsFor("huggingface")).toHaveLength(3);
    expect(images).toHaveLength(1);
    const [identity] = identities;
    expect(identity).toMatchObject({ status: "consistent", attempts: 3 });
    expect(identity.tries?.map((attempt) => attempt.status)).toEqual(["drifted", "drifted", "consistent"]);
    expect(identity.tries?.map((attempt) => attempt.seed)).toEqual([11, retrySeed(11, 1), retrySeed(11, 2)]);
    expect(identity.score).toBe(identity.tries?.[2].score);
    expect(identity.score).toBeGreaterThanOrEqual(0.7);
    // The image is the kept attempt: its seed, its bytes (not the first drifted call's), no review asked.
    expect(images[0]).toMatchObject({ seed: retrySeed(11, 2), review: null });
    const stored = await getStorage().get(images[0].storageKey);
    const kept = await sharp(stored!.data).metadata();
    expect([kept.width, kept.height]).toEqual([512, 512]);
    expect(images[0].md5).not.toBe("");
    expect(await filesWithoutRow(avatarId)).toEqual([]);
    // Each re-make was a paid call, reserved and recorded against the user's month.
    const retries = await db.prisma.identityRetry.findMany({ where: { generationId: generation.id }, orderBy: { attempt: "asc" } });
    expect(retries.map((retry) => [retry.imageIndex, retry.attempt, retry.seed])).toEqual([
      [0, 1, retrySeed(11, 1)],
      [0, 2, retrySeed(11, 2)],
    ]);
    expect(retries[0].unitPriceUsd).toBeGreaterThan(0);
    const used = await countMonthUsage(db.prisma, userId, usagePeriod());
    expect(used.images).toBeGreaterThanOrEqual(3);
    const report = await getUsageReport(userId);
    expect(report.byProject.find((project) => project.projectId === projectId)?.images).toBe(3);
  });

  it("always drifted: 1 + maxIdentityRetries calls, the best score kept and the image marked needs review", async () => {
    mock.reset();
    mock.enqueue("huggingface", drifted(), driftedOther(), drifted());
    const { images, identities, avatarId } = await runVariations("Always drifted");
    expect(mock.requestsFor("huggingface")).toHaveLength(3);
    const [identity] = identities;
    expect(identity).toMatchObject({ status: "drifted", attempts: 3 });
    const scores = identity.tries!.map((attempt) => attempt.score!);
    expect(identity.score).toBe(Math.max(...scores));
    const best = identity.tries!.find((attempt) => attempt.score === identity.score)!;
    expect(images[0]).toMatchObject({ review: "needs_review", seed: best.seed });
    expect(await filesWithoutRow(avatarId)).toEqual([]);
  });

  it("the project's maxIdentityRetries is the limit: 0 means no re-make", async () => {
    const strictProject = await db.prisma.project.create({ data: { ownerId: userId, name: "No retries", maxIdentityRetries: 0 } });
    mock.reset();
    mock.enqueue("huggingface", drifted());
    const { identities, images } = await runVariations("No retries", { inProject: strictProject.id });
    expect(mock.requestsFor("huggingface")).toHaveLength(1);
    expect(identities[0]).toMatchObject({ status: "drifted", attempts: 1 });
    expect(images[0].review).toBe("needs_review");
  });

  it("consistent and no-face images are not re-made", async () => {
    mock.reset();
    mock.enqueue("huggingface", consistent(), mockResponses.image(await noFace()));
    const { generation, identities, images } = await runVariations("No retry", { count: 2 });
    expect(mock.requestsFor("huggingface")).toHaveLength(2);
    // The two calls go out side by side, so which image got which answer is the order they arrived in.
    expect(identities.map((identity) => [identity.status, identity.attempts]).sort()).toEqual([
      ["consistent", 1],
      ["no-face", 1],
    ]);
    expect(images.map((image) => image.review)).toEqual([null, null]);
    expect(await db.prisma.identityRetry.count({ where: { generationId: generation.id } })).toBe(0);
  });

  it("a re-make the quota refuses is not made: the image needs review and says why", async () => {
    const ownerId = (await db.prisma.user.create({ data: { email: "drift-quota@example.com", passwordHash: "x", quotaImagesPerMonth: 1 } })).id;
    const ownProject = await db.prisma.project.create({ data: { ownerId, name: "Quota" } });
    mock.reset();
    mock.enqueue("huggingface", drifted());
    const { generation, identities, images } = await runVariations("Quota", { ownerId, inProject: ownProject.id });
    expect(mock.requestsFor("huggingface")).toHaveLength(1);
    expect(identities[0]).toMatchObject({ status: "drifted", attempts: 1 });
    expect(identities[0].note).toMatch(/^Not re-made: Monthly image quota reached/);
    expect(images[0].review).toBe("needs_review");
    expect(await db.prisma.identityRetry.count({ where: { generationId: generation.id } })).toBe(0);
  });

  it("grid variations: a drifted cell is re-made as a single-image call and no longer points at the grid", async () => {
    const cell = (face: Buffer) => sharp(face).resize(256, 256).png().toBuffer();
    const cells = await Promise.all([sameFace, faceFixture("woman-c"), sameFace, sameFace].map(cell));
    const grid = await sharp({ create: { width: 512, height: 512, channels: 3, background: "#808080" } })
      .composite(cells.map((input, i) => ({ input, left: (i % 2) * 256, top: Math.floor(i / 2) * 256 })))
      .png()
      .toBuffer();
    mock.reset();
    mock.enqueue("huggingface", mockResponses.image(grid, "image/png"), consistent());
    const { images, identities, avatarId } = await runVariations("Grid", { count: 4, mode: "grid" });
    const requests = mock.requestsFor("huggingface");
    expect(requests).toHaveLength(2);
    expect(JSON.stringify(requests[1].json)).not.toMatch(/2x2|grid/i);
    expect(identities.map((identity) => [identity.status, identity.attempts])).toEqual([
      ["consistent", 1],
      ["consistent", 2],
      ["consistent", 1],
      ["consistent", 1],
    ]);
    expect(images[1].sourceImageId).toBeNull();
    expect(images[0].sourceImageId).not.toBeNull();
    expect(await filesWithoutRow(avatarId)).toEqual([]);
  });
});

describe("re-makes under cancels and repeated steps", () => {
  it("a cancel while a re-make runs keeps the first image and leaves no attempt file", async () => {
    const { cancelGeneration } = await import("@/lib/generations/cancel-generation");
    const { avatarId, seedImageId } = await approvedAvatar("Cancelled");
    mock.reset();
    mock.enqueue("huggingface", drifted(), { ...consistent(), delayMs: 4000 });
    const generation = await createGeneration(db.prisma, {
      userId,
      projectId,
      avatarId,
      type: "variations",
      provider: "huggingface",
      prompt: "portrait of a man",
      seed: 5,
      width: 512,
      height: 512,
      input: { count: 1, referenceImageId: seedImageId },
    });
    await enqueueGeneration(generation);
    const deadline = Date.now() + 60_000;
    while (mock.requestsFor("huggingface").length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(mock.requestsFor("huggingface")).toHaveLength(2);
    await cancelGeneration(userId, generation.id);
    await waitForJobsIdle();
    const row = await db.prisma.generation.findUniqueOrThrow({ where: { id: generation.id } });
    expect(row.status).toBe("cancelled");
    const images = await db.prisma.image.findMany({ where: { generationId: generation.id } });
    expect(images).toHaveLength(1);
    expect(images[0].seed).toBe(5);
    expect(await filesWithoutRow(avatarId)).toEqual([]);
  });

  it("the reservation and the keep step can run twice without counting or moving anything twice", async () => {
    const { reserveIdentityRetry } = await import("@/lib/generations/reserve-identity-retry");
    const { keepBestAttempt } = await import("@/lib/generations/keep-best-attempt");
    mock.reset();
    mock.enqueue("huggingface", drifted(), consistent());
    const { generation, images, identities } = await runVariations("Twice");
    expect(identities[0]).toMatchObject({ status: "consistent", attempts: 2 });
    // A step retried after it had finished (a process killed before its result was recorded):
    expect(await reserveIdentityRetry(generation.id, 0, 1)).toEqual({ reserved: true });
    expect(await db.prisma.identityRetry.count({ where: { generationId: generation.id } })).toBe(1);
    const attempts = identities[0].tries!.map((attempt, index) => ({ attempt: index, ...attempt }));
    expect(await keepBestAttempt(generation.id, 0, attempts)).toMatchObject({ gone: false, status: "consistent", attempts: 2 });
    const again = await db.prisma.image.findUniqueOrThrow({ where: { id: images[0].id } });
    expect(again).toMatchObject({ seed: images[0].seed, md5: images[0].md5, identity: images[0].identity });
    expect(await db.prisma.identityRetry.count({ where: { generationId: generation.id } })).toBe(1);
  });
});
