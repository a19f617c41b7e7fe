import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { avatarListQuerySchema } from "@/lib/avatars/avatar-list-query";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";

// Queuing is the job driver's business (tested in tests/integration/jobs); here we see what was queued, and in which lane.
const queued = vi.hoisted(() => [] as { id: string; lane?: string }[]);
vi.mock("@/lib/generations/enqueue-generation", () => ({
  enqueueGeneration: vi.fn(async (generation: { id: string }, options: { lane?: string } = {}) => {
    queued.push({ id: generation.id, lane: options.lane });
    return generation;
  }),
}));

const STATES = ["pending_upload", "draft", "approved", "rejected"] as const;
const NAMES = ["Maya Christensen", "Omar Haddad", "Lena Fischer", "Kenji Watanabe", "Ana Souza"];

describe.each(["postgres", "embedded"] as const)("the avatar grid and its bulk actions (%s database)", (database) => {
  let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
  let db: TestDatabase;
  let alice: string;
  let bob: string;
  let project: string;
  let bobsProject: string;
  let batchId: string;
  let bobsAvatars: string[];
  const ids: Record<(typeof STATES)[number], string[]> = { pending_upload: [], draft: [], approved: [], rejected: [] };

  beforeAll(async () => {
    queued.length = 0;
    env = await setUpLibEnvironment({ label: `bulk-${database}`, database });
    db = env.db;
    alice = (await db.prisma.user.create({ data: { email: "alice@example.com", passwordHash: "x" } })).id;
    bob = (await db.prisma.user.create({ data: { email: "bob@example.com", passwordHash: "x" } })).id;
    project = (await db.prisma.project.create({ data: { name: "Campaign", ownerId: alice } })).id;
    bobsProject = (await db.prisma.project.create({ data: { name: "Bob's", ownerId: bob } })).id;
    batchId = (await db.prisma.batch.create({ data: { projectId: project, userId: alice, count: 20, seed: 1 } })).id;

    // 200 personas, 50 in each seed state, one a minute so "newest" and "oldest" have one answer; the first 20 are a batch's.
    const avatars = Array.from({ length: 200 }, (_, i) => ({
      id: `a${String(i).padStart(3, "0")}${database[0]}`,
      projectId: project,
      name: `${NAMES[i % NAMES.length]} ${i}`,
      baseImageStatus: STATES[i % 4],
      appearanceLocked: STATES[i % 4] === "approved",
      batchId: i < 20 ? batchId : null,
      createdAt: new Date(Date.UTC(2026, 10, 1, 0, i)),
    }));
    await db.prisma.avatar.createMany({ data: avatars });
    const withBase = avatars.filter((avatar) => avatar.baseImageStatus !== "pending_upload");
    await db.prisma.image.createMany({
      data: withBase.map((avatar) => ({ id: `img-${avatar.id}`, avatarId: avatar.id, kind: "base" as const, storageKey: `k/${avatar.id}`, thumbnailKey: `t/${avatar.id}`, mimeType: "image/png", width: 1, height: 1, sizeBytes: 1, md5: "x" })),
    });
    for (const avatar of withBase) await db.prisma.avatar.update({ where: { id: avatar.id }, data: { baseImageId: `img-${avatar.id}` } });
    for (const avatar of avatars) ids[avatar.baseImageStatus].push(avatar.id);
    await db.prisma.avatar.createMany({
      data: [0, 1].map((i) => ({ id: `bob${i}${database[0]}`, projectId: bobsProject, name: `Bob persona ${i}` })),
    });
    bobsAvatars = [`bob0${database[0]}`, `bob1${database[0]}`];
  });

  afterAll(() => env.tearDown());

  const list = async (input: Record<string, unknown>) => {
    const { listAvatars } = await import("@/lib/avatars/list-avatars");
    return listAvatars(alice, project, avatarListQuerySchema.parse(input));
  };

  it("searches names case-insensitively, filters by seed status and batch, and sorts newest, oldest or by name", async () => {
    const maya = await list({ q: "maya CHRIST", limit: 100 });
    expect(maya.items).toHaveLength(40);
    expect(maya.items.every((avatar) => avatar.name.startsWith("Maya Christensen"))).toBe(true);
    const drafts = await list({ status: "draft", limit: 100 });
    expect(drafts.items).toHaveLength(50);
    expect(drafts.items.every((avatar) => avatar.baseImageStatus === "draft")).toBe(true);
    expect((await list({ batchId, limit: 100 })).items.map((avatar) => avatar.id).sort()).toEqual(ids.pending_upload.concat(ids.draft, ids.approved, ids.rejected).filter((id) => Number(id.slice(1, 4)) < 20).sort());
    expect((await list({ status: "approved", q: "omar", limit: 100 })).items.map((avatar) => avatar.name)).toEqual([186, 166, 146, 126, 106, 86, 66, 46, 26, 6].map((i) => `Omar Haddad ${i}`));
    expect((await list({ limit: 2 })).items.map((avatar) => avatar.name)).toEqual(["Ana Souza 199", "Kenji Watanabe 198"]);
    expect((await list({ sort: "oldest", limit: 2 })).items.map((avatar) => avatar.name)).toEqual(["Maya Christensen 0", "Omar Haddad 1"]);
    expect((await list({ sort: "name", limit: 3 })).items.map((avatar) => avatar.name)).toEqual(["Ana Souza 104", "Ana Souza 109", "Ana Souza 114"]);
    const { countAvatars } = await import("@/lib/avatars/list-avatars");
    expect(await countAvatars(alice, project, { q: "nobody", status: "draft" })).toBe(0);
    expect(await countAvatars(alice, project, { q: "lena", status: "approved" })).toBe(10);
    expect(await countAvatars(alice, project, { missingBase: true })).toBe(50);
  });

  it("pages a filtered, sorted list with the cursor, without repeats or gaps", async () => {
    const all = (await list({ status: "rejected", sort: "name", limit: 100 })).items.map((avatar) => avatar.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await list({ status: "rejected", sort: "name", limit: 7, cursor });
      seen.push(...page.items.map((avatar) => avatar.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(all).toHaveLength(50);
  });

  it("each persona shows its newest generation, whatever its history (one generation read per persona)", async () => {
    const { listAvatars } = await import("@/lib/avatars/list-avatars");
    const other = (await db.prisma.project.create({ data: { name: "History", ownerId: alice } })).id;
    const [quiet, busy, failed] = ["quiet", "busy", "failed"].map((name) => `${name}-${database[0]}`);
    await db.prisma.avatar.createMany({ data: [quiet, busy, failed].map((id, i) => ({ id, projectId: other, name: id, createdAt: new Date(Date.UTC(2026, 10, 2, 0, i)) })) });
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 3, 0, minute));
    const generation = (avatarId: string, minute: number, status: "completed" | "failed" | "processing", id: string) => ({ id: `${id}-${database[0]}`, userId: alice, projectId: other, avatarId, type: "seed" as const, provider: "local", status, createdAt: at(minute) });
    await db.prisma.generation.createMany({
      data: [
        generation(busy, 1, "failed", "busy-1"),
        generation(busy, 3, "processing", "busy-3"),
        generation(busy, 2, "completed", "busy-2"),
        generation(failed, 1, "completed", "failed-1"),
        generation(failed, 2, "failed", "failed-2"),
      ],
    });
    const page = await listAvatars(alice, other, { limit: 10 });
    const byId = new Map(page.items.map((avatar) => [avatar.id, avatar]));
    expect(byId.get(quiet)).toMatchObject({ latestGeneration: null, status: "pending_upload" });
    expect(byId.get(busy)).toMatchObject({ latestGeneration: { id: `busy-3-${database[0]}`, status: "processing", avatarId: busy }, status: "generating" });
    expect(byId.get(failed)).toMatchObject({ latestGeneration: { id: `failed-2-${database[0]}`, status: "failed" }, status: "failed" });
    // The same view as one avatar's own page reads.
    const { getAvatarOrThrow } = await import("@/lib/avatars/get-avatar-or-throw");
    expect(byId.get(busy)).toEqual(await getAvatarOrThrow(alice, busy));
  });

  it("a batch row previews its first four personas with a base image, in batch order; a batch with none, none", async () => {
    const { listBatches } = await import("@/lib/batches/list-batches");
    const other = (await db.prisma.project.create({ data: { name: "Batches", ownerId: alice } })).id;
    const [full, empty] = await Promise.all(
      ["full", "empty"].map(async (name, i) => (await db.prisma.batch.create({ data: { projectId: other, userId: alice, count: 7, seed: i, createdAt: new Date(Date.UTC(2026, 10, 4, i)) } })).id),
    );
    // Index 0..6: personas 1 and 4 have no base image yet.
    const members = Array.from({ length: 7 }, (_, index) => ({ id: `bp${index}-${database[0]}`, index, withBase: index !== 1 && index !== 4 }));
    await db.prisma.avatar.createMany({ data: members.map(({ id, index }) => ({ id, projectId: other, name: `Member ${index}`, batchId: full })) });
    await db.prisma.image.createMany({
      data: members.filter((m) => m.withBase).map(({ id }) => ({ id: `img-${id}`, avatarId: id, kind: "base" as const, storageKey: `k/${id}`, thumbnailKey: `t/${id}`, mimeType: "image/png", width: 1, height: 1, sizeBytes: 1, md5: "x" })),
    });
    for (const { id } of members.filter((m) => m.withBase)) await db.prisma.avatar.update({ where: { id }, data: { baseImageId: `img-${id}` } });
    // Written out of order: the preview follows the batch's index, not insertion.
    await db.prisma.batchPersona.createMany({ data: [...members].reverse().map(({ id, index }) => ({ avatarId: id, batchId: full, index, data: {} })) });
    const { items } = await listBatches(alice, other, { limit: 50 });
    const byId = new Map(items.map((batch) => [batch.id, batch]));
    expect(byId.get(full)?.previews).toEqual([0, 2, 3, 5].map((index) => ({ avatarId: `bp${index}-${database[0]}`, name: `Member ${index}`, thumbnailUrl: `/api/v1/images/img-bp${index}-${database[0]}/thumbnail`, flagged: false })));
    expect(byId.get(empty)?.previews).toEqual([]);
    await expect(listBatches(bob, other, { limit: 50 })).rejects.toMatchObject({ code: "not_found" });
  });

  it("a bad query is a 400 naming the field (as the REST route parses it); another user's project is not found", async () => {
    const { parseQuery } = await import("@/lib/api/parse-request");
    const parse = (search: string) => parseQuery(new Request(`http://localhost/api/v1/projects/${project}/avatars${search}`), avatarListQuerySchema);
    const body = await list(parse("?q=lena&status=approved&sort=name&limit=5"));
    expect(body.items.map((avatar) => avatar.name)).toEqual(["Lena Fischer 102", "Lena Fischer 122", "Lena Fischer 142", "Lena Fischer 162", "Lena Fischer 182"]);
    expect(body.nextCursor).not.toBeNull();
    for (const [search, message] of [
      ["?status=lost", /status must be one of: pending_upload, draft, approved, rejected/],
      ["?sort=random", /sort must be one of: newest, oldest, name/],
      ["?limit=500", /limit must be between 1 and 100/],
      [`?q=${"x".repeat(101)}`, /q must be at most 100 characters/],
      ["?colour=red", /colour/],
    ] as const) {
      expect(() => parse(search), search).toThrow(message);
      try {
        parse(search);
      } catch (error) {
        expect((error as { status: number; code: string }).status).toBe(400);
        expect((error as { code: string }).code).toBe("invalid_input");
      }
    }
    const { listAvatars } = await import("@/lib/avatars/list-avatars");
    await expect(listAvatars(alice, bobsProject, { limit: 10 })).rejects.toMatchObject({ code: "not_found" });
  });

  it("generate-base on 200 mixed personas queues only those without a base, in the background lane; other users' ids are not found", async () => {
    const { runBulkAction } = await import("@/lib/avatars/bulk/run-bulk-action");
    const everyone = Object.values(ids).flat();
    const body = await runBulkAction(alice, project, "generate-base", [...everyone, ...bobsAvatars, "no-such-persona"]);
    expect(body.accepted.sort()).toEqual([...ids.pending_upload].sort());
    const reasons = Object.fromEntries(body.skipped.map((skip) => [skip.id, skip.reason]));
    for (const id of [...ids.draft, ...ids.approved, ...ids.rejected]) expect(reasons[id]).toBe("already has a base image");
    for (const id of [...bobsAvatars, "no-such-persona"]) expect(reasons[id]).toBe("not found");
    expect(body.skipped).toHaveLength(153);
    expect(queued).toHaveLength(50);
    expect(new Set(queued.map((entry) => entry.lane))).toEqual(new Set(["background"]));
    expect(await db.prisma.generation.count({ where: { avatarId: { in: bobsAvatars } } })).toBe(0);
    expect(await db.prisma.generation.count({ where: { projectId: project, type: "seed", status: "pending" } })).toBe(50);

    // Pressing it again (or a schedule firing) while they run queues nothing twice.
    const again = await runBulkAction(alice, project, "generate-base", "all-missing-base");
    expect(again.accepted).toEqual([]);
    expect(new Set(again.skipped.map((skip) => skip.reason))).toEqual(new Set(["a base image is already being generated"]));
    expect(again.skipped).toHaveLength(50);
  });

  it("approves drafts only, makes variations and training sets from approved bases only", async () => {
    const { runBulkAction } = await import("@/lib/avatars/bulk/run-bulk-action");
    const everyone = Object.values(ids).flat();
    const approved = await runBulkAction(alice, project, "approve", everyone);
    expect(approved.accepted.sort()).toEqual([...ids.draft].sort());
    expect(approved.skipped.every((skip) => skip.reason === "not a draft")).toBe(true);
    expect(await db.prisma.avatar.count({ where: { projectId: project, baseImageStatus: "approved", appearanceLocked: true } })).toBe(100);

    queued.length = 0;
    const variations = await runBulkAction(alice, project, "variations", [...ids.approved.slice(0, 5), ...ids.rejected.slice(0, 5), ...ids.pending_upload.slice(0, 5)]);
    expect(variations.accepted.sort()).toEqual(ids.approved.slice(0, 5).sort());
    expect(variations.skipped.map((skip) => skip.reason)).toEqual(Array(10).fill("no approved base image"));
    const training = await runBulkAction(alice, project, "training-set", { filter: { status: "approved", q: "kenji" } });
    expect(training.accepted).toHaveLength(20);
    expect(await db.prisma.generation.count({ where: { id: { in: queued.map((entry) => entry.id) }, type: "training" } })).toBe(20);
    expect(new Set(queued.map((entry) => entry.lane))).toEqual(new Set(["background"]));
    // A second run finds those prompts in flight: each persona is skipped with the training set's own reason.
    const again = await runBulkAction(alice, project, "training-set", training.accepted);
    expect(again.accepted).toEqual([]);
    expect(again.skipped[0].reason).toMatch(/already being generated/);
  });

  it("exports the chosen personas as a ZIP, leaving out ids that are not the owner's", async () => {
    const { exportAvatarsZip, avatarExportQuerySchema } = await import("@/lib/avatars/bulk/export-avatars-zip");
    const JSZip = (await import("jszip")).default;
    const chosen = ids.pending_upload.slice(0, 3);
    const file = await exportAvatarsZip(alice, project, avatarExportQuerySchema.parse({ ids: [...chosen, ...bobsAvatars].join(",") }), { baseUrl: "http://localhost" });
    const zip = await JSZip.loadAsync(file.body);
    const csv = await zip.file("personas.csv")!.async("string");
    expect(csv.trim().split("\n")).toHaveLength(4);
    for (const id of chosen) expect(csv).toContain(id);
    for (const id of bobsAvatars) expect(csv).not.toContain(id);
    await expect(exportAvatarsZip(alice, project, avatarExportQuerySchema.parse({ ids: bobsAvatars.join(",") }), { baseUrl: "http://localhost" })).rejects.toMatchObject({ code: "invalid_input" });
    expect(avatarExportQuerySchema.safeParse({ ids: Array.from({ length: 501 }, (_, i) => `x${i}`).join(",") }).success).toBe(false);
  });

  it("deletes the chosen personas and nothing of another user's", async () => {
    const { runBulkAction } = await import("@/lib/avatars/bulk/run-bulk-action");
    const doomed = ids.rejected.slice(0, 10);
    const deleted = await runBulkAction(alice, project, "delete", [...doomed, ...bobsAvatars]);
    expect(deleted.accepted.sort()).toEqual([...doomed].sort());
    expect(deleted.skipped).toEqual(bobsAvatars.map((id) => ({ id, reason: "not found" })));
    expect(await db.prisma.avatar.count({ where: { id: { in: doomed } } })).toBe(0);
    expect(await db.prisma.avatar.count({ where: { id: { in: bobsAvatars } } })).toBe(2);
    await expect(runBulkAction(bob, project, "delete", ids.rejected)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.prisma.avatar.count({ where: { projectId: project } })).toBe(190);
  });

  it("rejects a bulk request that is not one: unknown action, no ids, too many ids", async () => {
    const { bulkRequestSchema } = await import("@/lib/avatars/bulk/bulk-schemas");
    const message = (input: unknown) => bulkRequestSchema.safeParse(input).error?.issues[0]?.message;
    expect(message({ action: "paint", avatarIds: ["a"] })).toMatch(/action must be one of: generate-base, approve, variations, training-set, delete/);
    expect(message({ action: "approve", avatarIds: [] })).toMatch(/1–500/);
    expect(message({ action: "approve", avatarIds: Array.from({ length: 501 }, (_, i) => `x${i}`) })).toMatch(/1–500/);
    expect(message({ action: "approve", avatarIds: "everything" })).toBeDefined();
    expect(message({ action: "approve", avatarIds: ["a"], extra: 1 })).toBeDefined();
    expect(bulkRequestSchema.parse({ action: "generate-base", avatarIds: "all-missing-base" })).toEqual({ action: "generate-base", avatarIds: "all-missing-base" });
  });
});
