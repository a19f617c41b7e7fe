import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { generateAvatarSchema } from "@/lib/avatars/avatar-schemas";
import { createBatchSchema } from "@/lib/batches/batch-schemas";
import { resetConfig } from "@/lib/config/env";
import { startQuietJobs, stopQuietJobs, waitForJobsIdle } from "../support/embedded-jobs";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";

const QUOTA_SETTINGS = ["QUOTA_IMAGES_PER_MONTH", "QUOTA_USD_PER_MONTH", "QUOTA_COUNTS_LOCAL", "PRICES_FILE"];

function setQuota(settings: Record<string, string | undefined>) {
  for (const key of QUOTA_SETTINGS) delete process.env[key];
  for (const [key, value] of Object.entries(settings)) if (value !== undefined) process.env[key] = value;
  resetConfig();
}

describe.each(["postgres", "embedded"] as const)("quotas and cost (%s database)", (database) => {
  let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
  let db: TestDatabase;
  let pricesFile: string;
  let n = 0;

  const newUser = async () => {
    const userId = (await db.prisma.user.create({ data: { email: `u${n++}-${database}@example.com`, passwordHash: "x" } })).id;
    const projectId = (await db.prisma.project.create({ data: { name: "Quota", ownerId: userId } })).id;
    return { userId, projectId };
  };
  const rowCounts = async (userId: string) => ({
    avatars: await db.prisma.avatar.count({ where: { project: { ownerId: userId } } }),
    generations: await db.prisma.generation.count({ where: { userId } }),
    batches: await db.prisma.batch.count({ where: { userId } }),
  });

  beforeAll(async () => {
    env = await setUpLibEnvironment({ label: `quota-${database}`, database });
    db = env.db;
    // The offline provider priced at 50 cents, so the cost quota can be exercised without a remote one.
    pricesFile = path.join(mkdtempSync(path.join(tmpdir(), "prices-")), "prices.json");
    writeFileSync(pricesFile, JSON.stringify([{ provider: "local", model: "*", usdPerImage: 0.5 }]));
    await startQuietJobs();
  });

  afterAll(async () => {
    await stopQuietJobs();
    setQuota({});
    await env.tearDown();
  });

  beforeEach(() => setQuota({ QUOTA_COUNTS_LOCAL: "true", PRICES_FILE: pricesFile }));

  it("refuses a single image, candidates, a batch and a retry that would pass the image quota, writing nothing", async () => {
    const { generateAvatar } = await import("@/lib/avatars/generate-avatar");
    const { requestSeedGeneration } = await import("@/lib/avatars/request-seed-generation");
    const { createBatch } = await import("@/lib/batches/create-batch");
    setQuota({ QUOTA_COUNTS_LOCAL: "true", PRICES_FILE: pricesFile, QUOTA_IMAGES_PER_MONTH: "3" });
    const { userId, projectId } = await newUser();
    const first = await generateAvatar(userId, projectId, generateAvatarSchema.parse({ name: "One", prompt: "a portrait" }));
    expect(first.generation.unitPriceUsd).toBe(0.5);
    const avatar = await db.prisma.avatar.create({ data: { projectId, name: "Candidates" } });
    await requestSeedGeneration(userId, avatar.id, { candidates: 2 });
    await waitForJobsIdle();
    const before = await rowCounts(userId);
    await expect(generateAvatar(userId, projectId, generateAvatarSchema.parse({ name: "Two", prompt: "a portrait" }))).rejects.toMatchObject({
      code: "quota_exceeded",
      status: 429,
      message: "Monthly image quota reached: 3 of 3 images used; this image needs 1.",
    });
    await expect(requestSeedGeneration(userId, avatar.id, { candidates: 1 })).rejects.toMatchObject({ code: "quota_exceeded" });
    await expect(createBatch(userId, projectId, createBatchSchema.parse({ count: 1 }))).rejects.toThrow(
      "Monthly image quota reached: 3 of 3 images used; this batch needs 5.",
    );
    const failed = await db.prisma.generation.create({
      data: { userId, projectId, avatarId: avatar.id, type: "seed", provider: "local", total: 2, done: 0, status: "failed", unitPriceUsd: 0.5 },
    });
    const { retryGeneration } = await import("@/lib/generations/retry-generation");
    await expect(retryGeneration(userId, failed.id)).rejects.toThrow("Monthly image quota reached: 3 of 3 images used; this retry needs 2.");
    expect(await db.prisma.generation.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "failed" });
    expect(await rowCounts(userId)).toEqual({ ...before, generations: before.generations + 1 });
    // Other users are not touched by this user's usage.
    const other = await newUser();
    await expect(generateAvatar(other.userId, other.projectId, generateAvatarSchema.parse({ name: "Fine", prompt: "a portrait" }))).resolves.toBeTruthy();
    // An admin's override for this user wins over the setting.
    await db.prisma.user.update({ where: { id: userId }, data: { quotaImagesPerMonth: 4 } });
    await expect(generateAvatar(userId, projectId, generateAvatarSchema.parse({ name: "Three", prompt: "a portrait" }))).resolves.toBeTruthy();
    await waitForJobsIdle();
  });

  it("refuses by estimated cost too, and gives back what failed or was cancelled", async () => {
    const { generateAvatar } = await import("@/lib/avatars/generate-avatar");
    const { countMonthUsage } = await import("@/lib/usage/count-month-usage");
    const { usagePeriod } = await import("@/lib/usage/usage-period");
    setQuota({ QUOTA_COUNTS_LOCAL: "true", PRICES_FILE: pricesFile, QUOTA_USD_PER_MONTH: "1.2" });
    const { userId, projectId } = await newUser();
    await generateAvatar(userId, projectId, generateAvatarSchema.parse({ name: "A", prompt: "a portrait" }));
    await generateAvatar(userId, projectId, generateAvatarSchema.parse({ name: "B", prompt: "a portrait" }));
    await expect(generateAvatar(userId, projectId, generateAvatarSchema.parse({ name: "C", prompt: "a portrait" }))).rejects.toThrow(
      "Monthly spending quota reached: $1.00 of $1.20 used; this image needs about $0.50.",
    );
    await waitForJobsIdle();
    // A generation that made none of its images (failed or cancelled) no longer holds its reservation.
    const avatar = await db.prisma.avatar.create({ data: { projectId, name: "Gone" } });
    const failed = await db.prisma.generation.create({
      data: { userId, projectId, avatarId: avatar.id, type: "seed", provider: "local", total: 4, done: 1, status: "processing", unitPriceUsd: 0.5 },
    });
    expect(await countMonthUsage(db.prisma, userId, usagePeriod())).toEqual({ images: 6, costUsd: 3 });
    await db.prisma.generation.update({ where: { id: failed.id }, data: { status: "cancelled" } });
    expect(await countMonthUsage(db.prisma, userId, usagePeriod())).toEqual({ images: 3, costUsd: 1.5 });
  });

  it("ten concurrent 10-image batches against 50 remaining: exactly five are accepted", async () => {
    const { createBatch } = await import("@/lib/batches/create-batch");
    setQuota({ QUOTA_COUNTS_LOCAL: "true", PRICES_FILE: pricesFile, QUOTA_IMAGES_PER_MONTH: "50" });
    const { userId, projectId } = await newUser();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => createBatch(userId, projectId, createBatchSchema.parse({ count: 2 }))));
    const accepted = results.filter((result) => result.status === "fulfilled");
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(accepted).toHaveLength(5);
    for (const refusal of refused) expect(refusal.reason).toMatchObject({ code: "quota_exceeded" });
    expect(await db.prisma.batch.count({ where: { userId } })).toBe(5);
    await waitForJobsIdle();
  });

  it("prices a grid batch at a base call and one grid call per persona: estimate, quota, batch cost and usage report agree", async () => {
    const { createBatch } = await import("@/lib/batches/create-batch");
    const { estimateBatch } = await import("@/lib/batches/estimate-batch");
    const { getBatchOrThrow } = await import("@/lib/batches/get-batch-or-throw");
    const { countMonthUsage } = await import("@/lib/usage/count-month-usage");
    const { getUsageReport } = await import("@/lib/usage/get-usage-report");
    const { usagePeriod } = await import("@/lib/usage/usage-period");
    setQuota({ QUOTA_COUNTS_LOCAL: "true", PRICES_FILE: pricesFile, QUOTA_USD_PER_MONTH: "2" });
    const { userId, projectId } = await newUser();
    const grid = createBatchSchema.parse({ count: 2, variationsMode: "grid", autoApprove: "always" });
    // 2 bases + 2 grids of 4 = 4 calls at $0.50, where 10 separate images would be $5.00.
    expect(await estimateBatch(userId, projectId, grid)).toMatchObject({ images: 10, estimatedCostUsd: 2, withinQuota: true, refusal: null });
    expect(await estimateBatch(userId, projectId, createBatchSchema.parse({ count: 2, autoApprove: "always" }))).toMatchObject({ estimatedCostUsd: 5, withinQuota: false });
    const batch = await createBatch(userId, projectId, grid);
    expect(batch.estimatedCostUsd).toBe(2);
    expect((await countMonthUsage(db.prisma, userId, usagePeriod())).costUsd).toBeCloseTo(2, 6);
    await waitForJobsIdle();
    const done = await getBatchOrThrow(userId, batch.id);
    expect(done).toMatchObject({ status: "completed", imagesDone: 10, estimatedCostUsd: 2, costUsd: 2 });
    const used = await countMonthUsage(db.prisma, userId, usagePeriod());
    expect(used.images).toBe(10);
    expect(used.costUsd).toBeCloseTo(2, 6);
    expect(await getUsageReport(userId)).toMatchObject({ images: 10, estimatedCostUsd: 2, quotaUsed: { images: 10, costUsd: 2 } });
    // The quota is spent: a separate-calls batch of the same size is refused at its real price.
    await expect(createBatch(userId, projectId, createBatchSchema.parse({ count: 2 }))).rejects.toThrow(
      "Monthly spending quota reached: $2.00 of $2.00 used; this batch needs about $5.00.",
    );
  });

  it("refuses a bulk action whole when its images would pass the quota, queuing none", async () => {
    const { runBulkAction } = await import("@/lib/avatars/bulk/run-bulk-action");
    setQuota({ QUOTA_COUNTS_LOCAL: "true", PRICES_FILE: pricesFile, QUOTA_IMAGES_PER_MONTH: "3" });
    const { userId, projectId } = await newUser();
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await db.prisma.avatar.create({ data: { projectId, name: `Bulk ${i}` } })).id);
    await expect(runBulkAction(userId, projectId, "generate-base", ids)).rejects.toThrow(
      "Monthly image quota reached: 0 of 3 images used; this bulk action needs 5.",
    );
    expect(await db.prisma.generation.count({ where: { userId } })).toBe(0);
    const accepted = await runBulkAction(userId, projectId, "generate-base", ids.slice(0, 3));
    expect(accepted.accepted).toHaveLength(3);
    await waitForJobsIdle();
  });

  it("does not count the offline provider unless QUOTA_COUNTS_LOCAL is set", async () => {
    const { generateAvatar } = await import("@/lib/avatars/generate-avatar");
    setQuota({ QUOTA_IMAGES_PER_MONTH: "0" });
    const { userId, projectId } = await newUser();
    await expect(generateAvatar(userId, projectId, generateAvatarSchema.parse({ name: "Free", prompt: "a portrait" }))).resolves.toBeTruthy();
    setQuota({ QUOTA_IMAGES_PER_MONTH: "0", QUOTA_COUNTS_LOCAL: "true" });
    await expect(generateAvatar(userId, projectId, generateAvatarSchema.parse({ name: "Counted", prompt: "a portrait" }))).rejects.toMatchObject({ code: "quota_exceeded" });
    await waitForJobsIdle();
  });

  it("estimates before anything starts, and reports the month's usage by provider and project", async () => {
    const { estimateBatch } = await import("@/lib/batches/estimate-batch");
    const { generateAvatar } = await import("@/lib/avatars/generate-avatar");
    const { getUsageReport } = await import("@/lib/usage/get-usage-report");
    setQuota({ QUOTA_COUNTS_LOCAL: "true", PRICES_FILE: pricesFile, QUOTA_IMAGES_PER_MONTH: "20" });
    const { userId, projectId } = await newUser();
    const estimate = await estimateBatch(userId, projectId, createBatchSchema.parse({ count: 5 }));
    expect(estimate).toMatchObject({
      images: 25,
      estimatedCostUsd: 12.5,
      withinQuota: false,
      remaining: { images: 20, costUsd: null },
      refusal: "Monthly image quota reached: 0 of 20 images used; this batch needs 25.",
    });
    // Bases that wait in review get no variations: unless every base is sure to be approved, the estimate is a
    // ceiling. The offline provider's bases are not measured and pass "if-quality-good"; "never" holds them all.
    expect(estimate.summary).toBe("5 personas × 5 images ≈ $12.50 with local dicebear-avataaars");
    const never = await estimateBatch(userId, projectId, createBatchSchema.parse({ count: 5, autoApprove: "never" }));
    expect(never.summary).toBe("5 personas × 5 images at most ≈ $12.50 with local dicebear-avataaars");
    const always = await estimateBatch(userId, projectId, createBatchSchema.parse({ count: 5, autoApprove: "always" }));
    expect(always.summary).toBe("5 personas × 5 images ≈ $12.50 with local dicebear-avataaars");
    expect(await rowCounts(userId)).toEqual({ avatars: 0, generations: 0, batches: 0 });
    await generateAvatar(userId, projectId, generateAvatarSchema.parse({ name: "Counted", prompt: "a portrait" }));
    await waitForJobsIdle();
    const report = await getUsageReport(userId);
    expect(report).toMatchObject({
      images: 1,
      estimatedCostUsd: 0.5,
      byProvider: { local: { images: 1, estimatedCostUsd: 0.5 } },
      byProject: [{ projectId, name: "Quota", images: 1, estimatedCostUsd: 0.5 }],
      quota: { images: 20, costUsd: null },
      remaining: { images: 19, costUsd: null },
    });
    expect(report.daily).toHaveLength(30);
    expect(report.daily.at(-1)).toMatchObject({ date: new Date().toISOString().slice(0, 10), images: 1 });
  });
});
