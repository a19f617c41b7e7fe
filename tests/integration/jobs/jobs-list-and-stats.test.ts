import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobListQuerySchema } from "@/lib/jobs/job-schemas";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";

const query = (input: Record<string, unknown> = {}) => jobListQuerySchema.parse(input);

describe.each(["postgres", "embedded"] as const)("the jobs list and stats (%s database)", (database) => {
  let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
  let db: TestDatabase;
  let alice: string;
  let bob: string;
  let campaign: string;
  let archive: string;
  let bobsProject: string;

  beforeAll(async () => {
    env = await setUpLibEnvironment({ label: `jobs-list-${database}`, database });
    db = env.db;
    alice = (await db.prisma.user.create({ data: { email: "alice@example.com", passwordHash: "x" } })).id;
    bob = (await db.prisma.user.create({ data: { email: "bob@example.com", passwordHash: "x" } })).id;
    campaign = (await db.prisma.project.create({ data: { name: "Campaign", ownerId: alice } })).id;
    archive = (await db.prisma.project.create({ data: { name: "Archive", ownerId: alice } })).id;
    bobsProject = (await db.prisma.project.create({ data: { name: "Bob's", ownerId: bob } })).id;

    // One row a minute, oldest first, so "newest first" has one right answer.
    let minute = 0;
    const at = () => new Date(Date.UTC(2026, 10, 1, 12, minute++));
    const avatar = async (projectId: string, name: string, baseImageStatus: "pending_upload" | "draft" | "approved" | "rejected" = "pending_upload") =>
      (await db.prisma.avatar.create({ data: { projectId, name, baseImageStatus } })).id;
    const generation = (projectId: string, ownerId: string, avatarId: string, fields: Record<string, unknown>) =>
      db.prisma.generation.create({ data: { projectId, userId: ownerId, avatarId, provider: "local", createdAt: at(), ...fields } as never });

    const ada = await avatar(campaign, "Ada", "approved");
    const bea = await avatar(campaign, "Bea", "draft");
    const cy = await avatar(archive, "Cy", "rejected");
    await avatar(archive, "Dee");
    await generation(campaign, alice, ada, { type: "avatar", status: "completed", done: 1, total: 1, startedAt: new Date(), completedAt: new Date() });
    await generation(campaign, alice, ada, { type: "training", status: "processing", done: 3, total: 10 });
    await generation(campaign, alice, bea, { type: "seed", status: "failed", errorMessage: "provider down" });
    await generation(archive, alice, cy, { type: "variations", status: "cancelled", done: 2, total: 4 });
    await generation(archive, alice, cy, { type: "avatar", status: "pending" });
    const batch = await db.prisma.batch.create({ data: { projectId: campaign, userId: alice, count: 5, seed: 1, status: "generating_images", personasDone: 2, createdAt: at() } });
    // Made by the batch job: shown inside its batch, not as a row of its own.
    const batchAvatar = await avatar(campaign, "Batch persona", "approved");
    await generation(campaign, alice, batchAvatar, { type: "avatar", status: "completed", batchId: batch.id, batchRun: true, done: 1 });
    // Made by hand on a batch persona: its own row.
    await generation(campaign, alice, batchAvatar, { type: "training", status: "pending", batchId: batch.id });
    await db.prisma.batch.create({ data: { projectId: archive, userId: alice, count: 3, seed: 2, status: "completed", personasDone: 3, createdAt: at() } });

    const bobsAvatar = await avatar(bobsProject, "Bob's persona", "approved");
    await generation(bobsProject, bob, bobsAvatar, { type: "avatar", status: "processing" });
    await db.prisma.batch.create({ data: { projectId: bobsProject, userId: bob, count: 2, seed: 3, createdAt: at() } });

    const image = (avatarId: string, id: string, kind: "base" | "variation" | "training", sizeBytes: number, provider: string | null) =>
      db.prisma.image.create({ data: { id, avatarId, kind, storageKey: `k/${id}`, thumbnailKey: `t/${id}`, mimeType: "image/png", width: 1, height: 1, sizeBytes, md5: "x", provider } });
    await image(ada, "img-1", "base", 1000, "local");
    await image(ada, "img-2", "training", 2000, "openai");
    await image(bea, "img-3", "base", 500, null);
    await image(batchAvatar, "img-4", "variation", 700, "local");
    await image(bobsAvatar, "img-5", "base", 99_999, "local");
  });

  afterAll(() => env.tearDown());

  it("lists every generation, training set and batch of the user, newest first, with counts by status", async () => {
    const { listJobs } = await import("@/lib/jobs/list-jobs");
    const list = await listJobs(alice, query());
    expect(list.jobs.map((job) => [job.kind, job.status, job.avatarName ?? job.projectName])).toEqual([
      ["batch", "completed", "Archive"],
      ["training", "queued", "Batch persona"],
      ["batch", "running", "Campaign"],
      ["generation", "queued", "Cy"],
      ["generation", "cancelled", "Cy"],
      ["generation", "failed", "Bea"],
      ["training", "running", "Ada"],
      ["generation", "completed", "Ada"],
    ]);
    expect(list.counts).toEqual({ queued: 2, running: 2, completed: 2, failed: 1, cancelled: 1 });
    expect(list.nextCursor).toBeNull();
    const running = list.jobs.find((job) => job.kind === "batch" && job.status === "running")!;
    expect(running).toMatchObject({ batchId: running.id, avatarId: null, progress: { done: 2, total: 5 }, provider: "local" });
    expect(list.jobs.find((job) => job.kind === "training" && job.status === "running")).toMatchObject({ progress: { done: 3, total: 10 }, finishedAt: null });
  });

  it("filters by status, kind and project; the counts follow kind and project only", async () => {
    const { listJobs } = await import("@/lib/jobs/list-jobs");
    expect((await listJobs(alice, query({ status: "queued" }))).jobs.map((job) => job.kind)).toEqual(["training", "generation"]);
    const training = await listJobs(alice, query({ kind: "training" }));
    expect(training.jobs.map((job) => job.status)).toEqual(["queued", "running"]);
    expect(training.counts).toEqual({ queued: 1, running: 1, completed: 0, failed: 0, cancelled: 0 });
    expect((await listJobs(alice, query({ kind: "batch" }))).jobs).toHaveLength(2);
    const archived = await listJobs(alice, query({ projectId: archive, status: "cancelled" }));
    expect(archived.jobs.map((job) => job.avatarName)).toEqual(["Cy"]);
    expect(archived.counts).toEqual({ queued: 1, running: 0, completed: 1, failed: 0, cancelled: 1 });
  });

  it("pages with a cursor across generations and batches without repeats or gaps", async () => {
    const { listJobs } = await import("@/lib/jobs/list-jobs");
    const all = (await listJobs(alice, query())).jobs.map((job) => job.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listJobs(alice, query({ limit: 3, cursor }));
      expect(page.jobs.length).toBeLessThanOrEqual(3);
      seen.push(...page.jobs.map((job) => job.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all);
    await expect(listJobs(alice, query({ cursor: "not-a-cursor" }))).rejects.toMatchObject({ code: "invalid_input", message: "Invalid cursor" });
    // The jobs page shows the first page instead.
    const { jobListQueryFromSearch } = await import("@/lib/jobs/job-schemas");
    expect((await listJobs(alice, jobListQueryFromSearch({ cursor: "not-a-cursor" }))).jobs.map((job) => job.id)).toEqual(all.slice(0, 25));
  });

  it("never lists another user's jobs, and another user's project reads as not found", async () => {
    const { listJobs } = await import("@/lib/jobs/list-jobs");
    const bobs = await listJobs(bob, query());
    expect(bobs.jobs.map((job) => job.projectId)).toEqual([bobsProject, bobsProject]);
    expect((await listJobs(alice, query())).jobs.some((job) => job.projectId === bobsProject)).toBe(false);
    await expect(listJobs(alice, query({ projectId: bobsProject }))).rejects.toMatchObject({ code: "not_found" });
  });

  it("rejects a bad filter naming it", () => {
    expect(jobListQuerySchema.safeParse({ status: "done" }).error?.issues[0]).toMatchObject({ path: ["status"] });
    expect(jobListQuerySchema.safeParse({ kind: "export" }).error?.issues[0]).toMatchObject({ path: ["kind"] });
  });

  it("gives stats equal to counts taken from the rows", async () => {
    const { getStats } = await import("@/lib/jobs/get-stats");
    const stats = await getStats(alice);
    const mine = { project: { ownerId: alice } };
    const images = await db.prisma.image.findMany({ where: { avatar: mine } });
    const avatars = await db.prisma.avatar.findMany({ where: mine });
    const generations = await db.prisma.generation.findMany({ where: mine });
    const countOf = <T,>(rows: T[], pick: (row: T) => unknown, value: unknown) => rows.filter((row) => pick(row) === value).length;
    expect(stats).toEqual({
      projects: await db.prisma.project.count({ where: { ownerId: alice } }),
      avatars: {
        total: avatars.length,
        pending_upload: countOf(avatars, (a) => a.baseImageStatus, "pending_upload"),
        draft: countOf(avatars, (a) => a.baseImageStatus, "draft"),
        approved: countOf(avatars, (a) => a.baseImageStatus, "approved"),
        rejected: countOf(avatars, (a) => a.baseImageStatus, "rejected"),
      },
      images: {
        total: images.length,
        base: countOf(images, (i) => i.kind, "base"),
        variation: countOf(images, (i) => i.kind, "variation"),
        training: countOf(images, (i) => i.kind, "training"),
      },
      generations: {
        queued: countOf(generations, (g) => g.status, "pending"),
        running: countOf(generations, (g) => g.status, "processing"),
        completed: countOf(generations, (g) => g.status, "completed"),
        failed: countOf(generations, (g) => g.status, "failed"),
        cancelled: countOf(generations, (g) => g.status, "cancelled"),
      },
      providers: { local: countOf(images, (i) => i.provider, "local"), openai: countOf(images, (i) => i.provider, "openai") },
      storageBytes: images.reduce((sum, image) => sum + image.sizeBytes, 0),
    });
    // And the literal figures, so an empty database cannot pass.
    expect(stats).toMatchObject({ projects: 2, avatars: { total: 5, approved: 2 }, images: { total: 4 }, generations: { completed: 2, queued: 2 }, storageBytes: 4200 });
  });
});
