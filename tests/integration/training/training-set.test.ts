import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BadRequestError, ConflictError, NotFoundError } from "@/lib/errors";
import { generationInputSchema } from "@/lib/generations/generation-input";
import { loadGenerationJob } from "@/lib/generations/load-generation-job";
import { getStorage } from "@/lib/storage";
import { createTrainingPrompt } from "@/lib/training/create-training-prompt";
import { DEFAULT_TRAINING_PROMPTS } from "@/lib/training/default-training-prompts";
import { isValidImageLink } from "@/lib/images/signed-image-link";
import { exportTrainingManifest } from "@/lib/training/export-training-manifest";
import { getTrainingManifest } from "@/lib/training/get-training-manifest";
import { pickMissingTrainingItems } from "@/lib/training/pick-missing-training-items";
import { requestTrainingSet } from "@/lib/training/request-training-set";
import { retryFailedTrainingItems } from "@/lib/training/retry-failed-training-items";
import { createAvatarWithBase, createUser, runGenerationInline, setUpTrainingEnvironment, type TestDatabase } from "./training-fixtures";

// Queuing is the job driver's business (tested in tests/jobs); here the generation runs inline instead.
vi.mock("@/lib/generations/enqueue-generation", () => ({ enqueueGeneration: vi.fn(async (generation: unknown) => generation) }));

let env: Awaited<ReturnType<typeof setUpTrainingEnvironment>>;
let db: TestDatabase;
let alice: string;
let bob: string;

beforeAll(async () => {
  env = await setUpTrainingEnvironment();
  db = env.db;
  alice = await createUser(db, "alice");
  bob = await createUser(db, "bob");
});

afterAll(async () => env?.tearDown());

const PROMPTS = ["walking in a city street at dusk", "sitting in a café by the window", "hiking on a mountain trail"];

describe("pickMissingTrainingItems", () => {
  const item = (id: string, status: "pending" | "processing" | "completed" | "failed", extra: { imageId?: string; generationId?: string } = {}) => ({
    id,
    prompt: id,
    status,
    imageId: extra.imageId ?? null,
    generationId: extra.generationId ?? null,
  });
  it("skips items with an image and items a running generation will make; a failed or orphaned one is missing", () => {
    const running = new Set(["g-running"]);
    const { missing, inFlight } = pickMissingTrainingItems(
      [
        item("done", "completed", { imageId: "i1" }),
        item("lost", "completed"),
        item("new", "pending"),
        item("queued", "pending", { generationId: "g-running" }),
        item("busy", "processing", { generationId: "g-running" }),
        item("stale", "processing", { generationId: "g-dead" }),
        item("failed", "failed", { generationId: "g-running" }),
      ],
      running,
    );
    expect(missing.map((i) => i.id)).toEqual(["lost", "new", "stale", "failed"]);
    expect(inFlight.map((i) => i.id)).toEqual(["queued", "busy"]);
  });
});

describe("requestTrainingSet", () => {
  it("refuses without an approved base (400) and reads another user's avatar as not found", async () => {
    const draft = await createAvatarWithBase(db, alice, { approved: false });
    const refused = requestTrainingSet(alice, draft.avatarId, { prompts: PROMPTS });
    await expect(refused).rejects.toBeInstanceOf(BadRequestError);
    await expect(refused).rejects.toThrow(/Approve a base image first/);
    expect(await db.prisma.trainingItem.count({ where: { avatarId: draft.avatarId } })).toBe(0);

    const approved = await createAvatarWithBase(db, alice);
    await expect(requestTrainingSet(bob, approved.avatarId, { prompts: PROMPTS })).rejects.toBeInstanceOf(NotFoundError);
    await expect(requestTrainingSet(alice, approved.avatarId, { prompts: PROMPTS, provider: "huggingface" })).rejects.toThrow(/HF_TOKEN/);
  });

  it("uses the project's whole library by default: the defaults plus its own prompts", async () => {
    const { avatarId, projectId, baseImageId } = await createAvatarWithBase(db, alice);
    await createTrainingPrompt(alice, projectId, { text: "riding a bicycle along a canal" });
    const generation = await requestTrainingSet(alice, avatarId);
    const input = generationInputSchema.parse((await db.prisma.generation.findUniqueOrThrow({ where: { id: generation.id } })).input);
    expect(input.referenceImageId).toBe(baseImageId);
    expect(input.trainingItemIds).toHaveLength(DEFAULT_TRAINING_PROMPTS.length + 1);
    expect(generation).toMatchObject({ type: "training", status: "pending", total: DEFAULT_TRAINING_PROMPTS.length + 1, provider: "local" });
    const items = await db.prisma.trainingItem.findMany({ where: { avatarId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(items.map((i) => i.prompt)).toEqual([...DEFAULT_TRAINING_PROMPTS, "riding a bicycle along a canal"]);
    expect(items.every((i) => i.status === "pending" && i.generationId === generation.id)).toBe(true);
    // While it is queued, asking again for the same prompts would make them twice: 409.
    await expect(requestTrainingSet(alice, avatarId)).rejects.toBeInstanceOf(ConflictError);
  });

  it("one image per prompt from the base; a failure does not stop the others; a rerun fills only the gap", async () => {
    const { avatarId, baseImageId } = await createAvatarWithBase(db, alice, { name: "Ava Stone" });
    const first = await requestTrainingSet(alice, avatarId, { prompts: PROMPTS });
    expect((await loadGenerationJob(first.id)).reference?.id).toBe(baseImageId);
    expect(await runGenerationInline(first.id, [1], "Input validation error: prompt rejected")).toMatchObject({ status: "completed", done: 2, failed: 1 });

    const manifest = await getTrainingManifest(alice, avatarId);
    expect(manifest.statistics).toEqual({ count: 3, succeeded: 2, failed: 1, pending: 0 });
    expect(manifest.trainingData.map((e) => [e.filename, e.prompt, e.status])).toEqual([
      ["ava-stone-01.png", PROMPTS[0], "completed"],
      ["ava-stone-02.png", PROMPTS[1], "failed"],
      ["ava-stone-03.png", PROMPTS[2], "completed"],
    ]);
    expect(manifest.trainingData[1]).toMatchObject({ errorMessage: "Input validation error: prompt rejected", url: null, md5: null, sizeBytes: null });
    for (const entry of manifest.trainingData.filter((e) => e.status === "completed")) {
      const image = await db.prisma.image.findUniqueOrThrow({ where: { id: entry.imageId! } });
      const stored = await getStorage().get(image.storageKey);
      expect(image.kind).toBe("training");
      expect(entry.url).toBe(`/api/v1/images/${image.id}/file`);
      expect(entry.md5).toBe(createHash("md5").update(stored!.data).digest("hex"));
      expect(entry.sizeBytes).toBe(stored!.data.length);
      expect(entry.createdAt).toEqual(image.createdAt);
    }

    // Same prompts again, spelled differently: only the failed one is generated.
    const rerun = await requestTrainingSet(alice, avatarId, { prompts: PROMPTS.map((p) => `  ${p.toUpperCase()} `) });
    const rerunInput = generationInputSchema.parse((await db.prisma.generation.findUniqueOrThrow({ where: { id: rerun.id } })).input);
    expect(rerunInput.trainingItemIds).toEqual([manifest.trainingData[1].id]);
    expect(rerun.total).toBe(1);
    await runGenerationInline(rerun.id);
    const after = await getTrainingManifest(alice, avatarId);
    expect(after.statistics).toEqual({ count: 3, succeeded: 3, failed: 0, pending: 0 });
    // The images made the first time are the same ones.
    expect([after.trainingData[0].imageId, after.trainingData[2].imageId]).toEqual([manifest.trainingData[0].imageId, manifest.trainingData[2].imageId]);
    expect(after.trainingData[1].errorMessage).toBeNull();

    const nothing = requestTrainingSet(alice, avatarId, { prompts: PROMPTS });
    await expect(nothing).rejects.toBeInstanceOf(BadRequestError);
    await expect(nothing).rejects.toThrow("Nothing to generate: every prompt already has a training image");
    // A new prompt appends with the next number.
    const more = await requestTrainingSet(alice, avatarId, { prompts: [...PROMPTS, "cooking in a home kitchen"] });
    expect(more.total).toBe(1);
    await runGenerationInline(more.id);
    expect((await getTrainingManifest(alice, avatarId)).trainingData.map((e) => e.filename).at(-1)).toBe("ava-stone-04.png");
  });

  it("retries every failed item, with the provider that last tried it, and nothing else", async () => {
    const { avatarId } = await createAvatarWithBase(db, alice);
    const first = await requestTrainingSet(alice, avatarId, { prompts: PROMPTS });
    await runGenerationInline(first.id, [0, 2]);
    expect((await getTrainingManifest(alice, avatarId)).statistics).toMatchObject({ succeeded: 1, failed: 2 });
    await expect(retryFailedTrainingItems(bob, avatarId)).rejects.toBeInstanceOf(NotFoundError);
    const retry = await retryFailedTrainingItems(alice, avatarId);
    expect(retry).toMatchObject({ total: 2, provider: "local" });
    await runGenerationInline(retry.id);
    expect((await getTrainingManifest(alice, avatarId)).statistics).toEqual({ count: 3, succeeded: 3, failed: 0, pending: 0 });
    await expect(retryFailedTrainingItems(alice, avatarId)).rejects.toThrow("No failed training images to retry");
  });
});

describe("training manifest", () => {
  it("is empty before any training set, and another user's avatar reads as not found", async () => {
    const { avatarId } = await createAvatarWithBase(db, alice);
    expect(await getTrainingManifest(alice, avatarId)).toMatchObject({
      avatarId,
      trainingData: [],
      statistics: { count: 0, succeeded: 0, failed: 0, pending: 0 },
      updatedAt: null,
    });
    await expect(getTrainingManifest(bob, avatarId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportTrainingManifest(bob, avatarId, "http://x")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("exports with absolute URLs and a file name, and records an 'exported' usage event", async () => {
    const { avatarId } = await createAvatarWithBase(db, alice, { name: "Zoë Müller" });
    const generation = await requestTrainingSet(alice, avatarId, { prompts: PROMPTS.slice(0, 1) });
    await runGenerationInline(generation.id);
    const { manifest, filename } = await exportTrainingManifest(alice, avatarId, "https://likeness.example");
    expect(filename).toBe("zoe-muller-training-manifest.json");
    const link = new URL(manifest.trainingData[0].url!);
    expect(`${link.origin}${link.pathname}`).toBe(`https://likeness.example/api/v1/links/images/${manifest.trainingData[0].imageId}`);
    expect(isValidImageLink(manifest.trainingData[0].imageId!, link.searchParams.get("exp"), link.searchParams.get("sig"))).toBe(true);
    expect(manifest.trainingData[0].filename).toBe("zoe-muller-01.png");
    const events = await db.prisma.usageEvent.findMany({ where: { avatarId, type: "exported" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: alice, details: { what: "training-manifest", format: "default", images: 1, count: 1 } });
  });
});
