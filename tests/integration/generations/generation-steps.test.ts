import { readdirSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { beginGeneration } from "@/lib/generations/begin-generation";
import { createGeneration } from "@/lib/generations/create-generation";
import { finishGeneration } from "@/lib/generations/finish-generation";
import { generateStoredImage } from "@/lib/generations/generate-stored-image";
import { findGenerationJob } from "@/lib/generations/load-generation-job";
import { setGenerationProgress } from "@/lib/generations/set-generation-progress";
import { getStorage } from "@/lib/storage";
import { avatarImageKey } from "@/lib/storage/storage-keys";
import { markImageFailed } from "@/lib/generations/mark-image-failed";
import { reopenGeneration } from "@/lib/generations/reopen-generation";
import { saveGeneratedImage } from "@/lib/generations/save-generated-image";
import * as providers from "@/lib/providers/image";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";

let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
let db: TestDatabase;
let userId: string;
let projectId: string;

beforeAll(async () => {
  env = await setUpLibEnvironment({ label: "steps" });
  db = env.db;
  userId = (await db.prisma.user.create({ data: { email: "steps@example.com", passwordHash: "x" } })).id;
  projectId = (await db.prisma.project.create({ data: { ownerId: userId, name: "Steps" } })).id;
});

afterAll(() => env.tearDown());

async function newGeneration(count: number, provider = "local") {
  const avatar = await db.prisma.avatar.create({ data: { projectId, name: "Steps" } });
  const generation = await createGeneration(db.prisma, {
    userId,
    projectId,
    avatarId: avatar.id,
    type: "seed",
    provider,
    prompt: "portrait",
    seed: 5,
    width: 512,
    height: 512,
    input: { count, selectFirstAsDraft: true },
  });
  return { avatar, generation };
}

describe("generation steps are idempotent", () => {
  it("re-running every step leaves one file per image, one row per image, and calls the provider once per image", async () => {
    const { avatar, generation } = await newGeneration(2);
    const spy = vi.spyOn(providers, "getImageProvider");
    await beginGeneration(generation.id);
    for (let run = 0; run < 2; run++) {
      for (const index of [0, 1]) {
        await generateStoredImage(generation.id, index);
        await saveGeneratedImage(generation.id, index);
      }
    }
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
    expect(await db.prisma.image.count({ where: { avatarId: avatar.id } })).toBe(2);
    const files = readdirSync(path.join(env.dataDir!, "files", "avatars", projectId, avatar.id)).sort();
    expect(files).toEqual([`${generation.id}i0.png`, `${generation.id}i0.thumb.jpg`, `${generation.id}i1.png`, `${generation.id}i1.thumb.jpg`]);
    const finished = await finishGeneration(generation.id);
    expect(finished).toEqual({ status: "completed", done: 2, failed: 0 });
    const row = await db.prisma.avatar.findUniqueOrThrow({ where: { id: avatar.id } });
    expect(row).toMatchObject({ baseImageStatus: "draft", baseImageId: `${generation.id}i0` });
  });

  it("a generation whose every image failed ends failed with the message; partial failure completes with a note", async () => {
    const all = await newGeneration(1);
    await beginGeneration(all.generation.id);
    await markImageFailed(all.generation.id, 0, "OpenAI content policy refused the prompt");
    expect(await finishGeneration(all.generation.id)).toMatchObject({ status: "failed", done: 0 });
    expect((await db.prisma.generation.findUniqueOrThrow({ where: { id: all.generation.id } })).errorMessage).toBe(
      "OpenAI content policy refused the prompt",
    );

    const partial = await newGeneration(2);
    await beginGeneration(partial.generation.id);
    await generateStoredImage(partial.generation.id, 0);
    await saveGeneratedImage(partial.generation.id, 0);
    await markImageFailed(partial.generation.id, 1, "timeout");
    expect(await finishGeneration(partial.generation.id)).toMatchObject({ status: "completed", done: 1, failed: 1 });
    expect((await db.prisma.generation.findUniqueOrThrow({ where: { id: partial.generation.id } })).errorMessage).toMatch(/1 of 2 images failed/);
  });
});

describe("generation progress is data", () => {
  const progressOf = async (id: string) =>
    db.prisma.generation.findUniqueOrThrow({ where: { id }, select: { status: true, stage: true, currentIndex: true, total: true, done: true, progress: true } });

  it("stores the stage name, the image in progress and the counts, never a display label", async () => {
    const { generation } = await newGeneration(2);
    expect(await progressOf(generation.id)).toMatchObject({ status: "pending", stage: "queued", currentIndex: null });
    await beginGeneration(generation.id);
    expect(await progressOf(generation.id)).toMatchObject({ status: "processing", stage: "generating", currentIndex: null, total: 2, done: 0 });
    await generateStoredImage(generation.id, 0);
    await saveGeneratedImage(generation.id, 0);
    await generateStoredImage(generation.id, 1);
    expect(await progressOf(generation.id)).toMatchObject({ stage: "generating", currentIndex: 1, total: 2, done: 1 });
    await saveGeneratedImage(generation.id, 1);
    expect(await progressOf(generation.id)).toMatchObject({ stage: "saving", currentIndex: 1, done: 2 });
    await finishGeneration(generation.id);
    expect(await progressOf(generation.id)).toMatchObject({ status: "completed", stage: "done", currentIndex: null, done: 2, progress: 100 });
  });

  it("a remote provider's images are made side by side: no current image, and the bar moves with the images saved", async () => {
    const { avatar, generation } = await newGeneration(2, "huggingface");
    expect(await beginGeneration(generation.id)).toMatchObject({ total: 2, atOnce: true });
    const job = (await findGenerationJob(generation.id))!;
    await setGenerationProgress(job, 1, "generating");
    expect(await progressOf(generation.id)).toMatchObject({ stage: "generating", currentIndex: null, done: 0, progress: 5 });
    // The provider's originals, as its calls would have stored them; the second image is saved first.
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#4060a0" } }).png().toBuffer();
    for (const item of job.plan) await getStorage().put(avatarImageKey(projectId, avatar.id, item.imageId, "png"), png, "image/png");
    await saveGeneratedImage(generation.id, 1);
    expect(await progressOf(generation.id)).toMatchObject({ stage: "saving", currentIndex: null, done: 1, progress: 50 });
    await setGenerationProgress(job, 0, "generating");
    expect(await progressOf(generation.id)).toMatchObject({ stage: "generating", currentIndex: null, done: 1, progress: 50 });
    await saveGeneratedImage(generation.id, 0);
    expect(await progressOf(generation.id)).toMatchObject({ stage: "saving", currentIndex: null, done: 2, progress: 95 });
    // The offline generator's drawings go one after another (tests/generations/images-at-once.test.ts has the grid).
    expect(await beginGeneration((await newGeneration(2)).generation.id)).toMatchObject({ atOnce: false });
  });

  it("reopening a finished generation puts it back in the queue; a running one is left alone", async () => {
    const { generation } = await newGeneration(1);
    expect(await reopenGeneration(db.prisma, generation.id)).toBeNull();
    await beginGeneration(generation.id);
    await markImageFailed(generation.id, 0, "timeout");
    await finishGeneration(generation.id);
    const reopened = await reopenGeneration(db.prisma, generation.id);
    expect(reopened).toMatchObject({ id: generation.id, status: "pending", stage: "queued", currentIndex: null, progress: 0, failed: 0, errorMessage: null, completedAt: null });
  });
});
