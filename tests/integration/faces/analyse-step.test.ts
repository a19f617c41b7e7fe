import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveSeedImage } from "@/lib/avatars/approve-seed-image";
import { checkSeedImage } from "@/lib/avatars/check-seed-image";
import { uploadSeedImage } from "@/lib/avatars/upload-seed-image";
import { resetConfig } from "@/lib/config/env";
import { updateProjectSchema } from "@/lib/projects/project-schemas";
import { updateProject } from "@/lib/projects/update-project";
import { Prisma } from "@/lib/db/generated/client";
import { analyzeStoredImage } from "@/lib/faces/analyze-stored-image";
import { beginGeneration } from "@/lib/generations/begin-generation";
import { createGeneration } from "@/lib/generations/create-generation";
import { generateStoredImage } from "@/lib/generations/generate-stored-image";
import { saveGeneratedImage } from "@/lib/generations/save-generated-image";
import { startMockModelServer, type MockModelServer } from "../../support/mock-model-server";
import { mockProviderEnv } from "../../support/mock-provider-env";
import { faceFixture, noFace, samePersonVariant } from "../../faces/face-fixtures";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";

let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
let db: TestDatabase;
let mock: MockModelServer;
let userId: string;
let projectId: string;

beforeAll(async () => {
  env = await setUpLibEnvironment({ label: "faces" });
  db = env.db;
  mock = await startMockModelServer();
  Object.assign(process.env, mockProviderEnv(mock));
  resetConfig();
  userId = (await db.prisma.user.create({ data: { email: "faces@example.com", passwordHash: "x" } })).id;
  projectId = (await db.prisma.project.create({ data: { ownerId: userId, name: "Faces" } })).id;
});

afterAll(async () => {
  for (const key of Object.keys(mockProviderEnv(mock))) delete process.env[key];
  await mock.close();
  await env.tearDown();
});

const png = (body: Buffer) => ({ status: 200, headers: { "content-type": "image/jpeg" }, body });

/** Runs a generation's steps in process, as the job does, including the analyse step. */
async function runSteps(generationId: string, count: number) {
  await beginGeneration(generationId);
  for (let index = 0; index < count; index++) {
    await generateStoredImage(generationId, index);
    const { imageId } = await saveGeneratedImage(generationId, index);
    if (imageId) await analyzeStoredImage(imageId);
  }
}

async function approvedAvatar(name: string) {
  const avatar = await db.prisma.avatar.create({ data: { projectId, name } });
  const { image } = await uploadSeedImage(userId, avatar.id, { data: faceFixture("man-a"), claimedType: "image/jpeg" });
  await approveSeedImage(userId, avatar.id);
  return { avatarId: avatar.id, seedImageId: image.id };
}

describe("face checks in the generation job", () => {
  it("an uploaded portrait gets a good quality report and its approval stores the seed's descriptor", async () => {
    const avatar = await db.prisma.avatar.create({ data: { projectId, name: "Upload" } });
    const { image } = await uploadSeedImage(userId, avatar.id, { data: faceFixture("woman-d"), claimedType: "image/jpeg" });
    expect(image.quality).toMatchObject({ verdict: "good", faces: 1, messages: [] });
    await approveSeedImage(userId, avatar.id);
    const row = await db.prisma.avatar.findUniqueOrThrow({ where: { id: avatar.id } });
    expect(row.seedDescriptor).toHaveLength(1024);
  });

  it("the check of the current draft returns its report; another user's avatar is not found; no draft is a conflict", async () => {
    const avatar = await db.prisma.avatar.create({ data: { projectId, name: "Check" } });
    await expect(checkSeedImage(userId, avatar.id)).rejects.toMatchObject({ code: "conflict" });
    const { image } = await uploadSeedImage(userId, avatar.id, { data: faceFixture("woman-e-grey"), claimedType: "image/jpeg" });
    // An image from before the face checks has no report: the check measures and stores it.
    await db.prisma.image.update({ where: { id: image.id }, data: { quality: Prisma.DbNull } });
    const checked = await checkSeedImage(userId, avatar.id);
    expect(checked).toMatchObject({ imageId: image.id, quality: { verdict: "good", faces: 1 } });
    expect((await db.prisma.image.findUniqueOrThrow({ where: { id: image.id } })).quality).toEqual(checked.quality);
    const otherId = (await db.prisma.user.create({ data: { email: "other-faces@example.com", passwordHash: "x" } })).id;
    await expect(checkSeedImage(otherId, avatar.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("an upload with two people is flagged", async () => {
    const avatar = await db.prisma.avatar.create({ data: { projectId, name: "Two" } });
    const { image } = await uploadSeedImage(userId, avatar.id, { data: faceFixture("two-women"), claimedType: "image/jpeg" });
    expect(image.quality?.verdict).not.toBe("good");
    expect(image.quality?.messages).toContain("Two faces found: crop to one person");
  });

  it("variations from a real provider are scored against the seed: consistent, drifted and no face", async () => {
    const { avatarId, seedImageId } = await approvedAvatar("Scored");
    mock.reset();
    mock.enqueue(
      "huggingface",
      png(await samePersonVariant(faceFixture("man-a"))),
      png(faceFixture("woman-c")),
      png(await noFace()),
    );
    const generation = await createGeneration(db.prisma, {
      userId,
      projectId,
      avatarId,
      type: "variations",
      provider: "huggingface",
      prompt: "portrait of a man",
      seed: 7,
      width: 512,
      height: 512,
      input: { count: 3, referenceImageId: seedImageId },
    });
    await runSteps(generation.id, 3);
    expect(mock.requestsFor("huggingface")).toHaveLength(3);
    const images = await db.prisma.image.findMany({ where: { generationId: generation.id }, orderBy: { id: "asc" } });
    const identities = images.map((image) => image.identity as { score: number | null; status: string; attempts: number });
    expect(identities.map((identity) => identity.status)).toEqual(["consistent", "drifted", "no-face"]);
    expect(identities[0].score).toBeGreaterThanOrEqual(0.7);
    expect(identities[1].score).toBeLessThan(0.7);
    expect(identities[2].score).toBeNull();

    // The step is idempotent: running it again writes the same result.
    await analyzeStoredImage(images[1].id);
    const again = await db.prisma.image.findUniqueOrThrow({ where: { id: images[1].id } });
    expect(again.identity).toEqual(images[1].identity);
  });

  it("the project's threshold decides consistent or drifted", async () => {
    const { avatarId, seedImageId } = await approvedAvatar("Strict");
    // A lax project: even another person's face (scored about 0.27 against man-a) counts as consistent.
    expect(updateProjectSchema.safeParse({ settings: { identityThreshold: 1.5 } }).success).toBe(false);
    expect(updateProjectSchema.safeParse({ settings: { identityThreshold: 0.5, extra: 1 } }).success).toBe(false);
    const lax = await updateProject(userId, projectId, updateProjectSchema.parse({ settings: { identityThreshold: 0.1 } }));
    expect(lax.settings).toMatchObject({ identityThreshold: 0.1 });
    try {
      mock.reset();
      mock.enqueue("huggingface", png(faceFixture("woman-c")));
      const generation = await createGeneration(db.prisma, {
        userId,
        projectId,
        avatarId,
        type: "variations",
        provider: "huggingface",
        prompt: "portrait of a man",
        seed: 9,
        width: 512,
        height: 512,
        input: { count: 1, referenceImageId: seedImageId },
      });
      await runSteps(generation.id, 1);
      const image = await db.prisma.image.findFirstOrThrow({ where: { generationId: generation.id } });
      const identity = image.identity as { score: number; status: string };
      expect(identity.score).toBeGreaterThanOrEqual(0.1);
      expect(identity.score).toBeLessThan(0.7);
      expect(identity.status).toBe("consistent");
    } finally {
      await db.prisma.project.update({ where: { id: projectId }, data: { identityThreshold: 0.7 } });
    }
  });

  it("images from the offline illustrated provider are marked not measured", async () => {
    const avatar = await db.prisma.avatar.create({ data: { projectId, name: "Local" } });
    const generation = await createGeneration(db.prisma, {
      userId,
      projectId,
      avatarId: avatar.id,
      type: "seed",
      provider: "local",
      prompt: "portrait",
      seed: 3,
      width: 512,
      height: 512,
      input: { count: 1, selectFirstAsDraft: true },
    });
    await runSteps(generation.id, 1);
    const base = await db.prisma.image.findFirstOrThrow({ where: { generationId: generation.id } });
    expect(base.quality).toMatchObject({ verdict: "not-measured" });
    await approveSeedImage(userId, avatar.id);
    const variations = await createGeneration(db.prisma, {
      userId,
      projectId,
      avatarId: avatar.id,
      type: "variations",
      provider: "local",
      prompt: "portrait",
      seed: 4,
      width: 512,
      height: 512,
      input: { count: 1, referenceImageId: base.id },
    });
    await runSteps(variations.id, 1);
    const variation = await db.prisma.image.findFirstOrThrow({ where: { generationId: variations.id } });
    expect(variation.identity).toEqual({ score: null, status: "not-measured", attempts: 1 });
  });
});
