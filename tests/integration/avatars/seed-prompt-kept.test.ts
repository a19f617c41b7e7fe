import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateAvatarSchema } from "@/lib/avatars/avatar-schemas";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";

// Jobs are run step by step below; queuing only records that it was asked for.
vi.mock("@/inngest/send-event", () => ({ sendEvent: vi.fn(async () => undefined) }));

// The local provider, recording each request it is given, and taking negative prompts as the remote
// providers do (the real one declares it ignores them, so the doors refuse one).
const seen = vi.hoisted(() => ({ requests: [] as Array<{ prompt: string; negativePrompt?: string; strength?: number; reference?: unknown }> }));
vi.mock("@/lib/providers/image/local", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/providers/image/local")>();
  return {
    ...original,
    LOCAL_SUPPORTS: { ...original.LOCAL_SUPPORTS, negativePrompt: true },
    createLocalProvider: () => {
      const provider = original.createLocalProvider();
      return {
        ...provider,
        generate: async (...[request, options]: Parameters<typeof provider.generate>) => {
          seen.requests.push(request);
          return provider.generate(request, options);
        },
      };
    },
  };
});

let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
let db: TestDatabase;
let ownerId: string;
let projectId: string;

async function runGeneration(generationId: string) {
  const { beginGeneration } = await import("@/lib/generations/begin-generation");
  const { generateStoredImage } = await import("@/lib/generations/generate-stored-image");
  const { saveGeneratedImage } = await import("@/lib/generations/save-generated-image");
  const { finishGeneration } = await import("@/lib/generations/finish-generation");
  const { total } = await db.prisma.generation.findUniqueOrThrow({ where: { id: generationId } });
  await beginGeneration(generationId);
  for (let index = 0; index < total; index++) {
    await generateStoredImage(generationId, index);
    await saveGeneratedImage(generationId, index);
  }
  return finishGeneration(generationId);
}

async function mayaChen() {
  const { generateAvatar } = await import("@/lib/avatars/generate-avatar");
  const input = generateAvatarSchema.parse({
    name: "Maya Chen",
    prompt: "in a sunlit greenhouse, holding a watering can",
    negativePrompt: "sunglasses, hat",
    attributes: { gender: "female", hairColor: "black" },
  });
  const { avatar, generation } = await generateAvatar(ownerId, projectId, input);
  await runGeneration(generation.id);
  return avatar.id;
}

describe.each(["postgres", "embedded"] as const)("candidates and refine keep the user's own prompt (%s database)", (database) => {
  beforeAll(async () => {
    env = await setUpLibEnvironment({ label: `seed-prompt-${database}`, database });
    db = env.db;
    ownerId = (await db.prisma.user.create({ data: { email: `seed-prompt-${database}@example.com`, passwordHash: "x" } })).id;
    projectId = (await db.prisma.project.create({ data: { ownerId, name: "Prompts" } })).id;
  });
  afterAll(() => env.tearDown());

  it("a new avatar records its own prompt; its candidates use it and its negative prompt, never its name", async () => {
    const avatarId = await mayaChen();
    expect(await db.prisma.avatar.findUniqueOrThrow({ where: { id: avatarId } })).toMatchObject({
      prompt: "in a sunlit greenhouse, holding a watering can",
      negativePrompt: "sunglasses, hat",
    });
    const { requestSeedGeneration } = await import("@/lib/avatars/request-seed-generation");
    const candidates = await requestSeedGeneration(ownerId, avatarId, { candidates: 2 });
    expect(candidates.prompt).toContain("in a sunlit greenhouse");
    expect(candidates.prompt).toContain("black hair");
    expect(candidates.prompt).not.toMatch(/Maya|Chen/);
    expect(candidates.negativePrompt).toMatch(/^sunglasses, hat, blurry/);
    seen.requests.length = 0;
    await runGeneration(candidates.id);
    expect(seen.requests).toHaveLength(2);
    expect(seen.requests.every((request) => request.prompt.includes("in a sunlit greenhouse") && request.negativePrompt?.startsWith("sunglasses, hat"))).toBe(true);
    expect(seen.requests.every((request) => request.strength === undefined && request.reference === undefined)).toBe(true);
  });

  it("refine leads with the instruction, keeps the prompt and hands the strength to the provider", async () => {
    const avatarId = await mayaChen();
    const { requestSeedGeneration } = await import("@/lib/avatars/request-seed-generation");
    const refine = await requestSeedGeneration(ownerId, avatarId, { mode: "refine", instruction: "make the smile more confident", strength: 0.8 });
    expect(refine.prompt).toMatch(/^make the smile more confident\. Same person as in the reference image/);
    expect(refine.prompt).toContain("in a sunlit greenhouse");
    expect(refine.negativePrompt).toMatch(/^sunglasses, hat/);
    const base = await db.prisma.avatar.findUniqueOrThrow({ where: { id: avatarId }, select: { baseImageId: true } });
    expect((await db.prisma.generation.findUniqueOrThrow({ where: { id: refine.id } })).input).toMatchObject({
      referenceImageId: base.baseImageId,
      strength: 0.8,
      instruction: "make the smile more confident",
    });
    seen.requests.length = 0;
    await runGeneration(refine.id);
    expect(seen.requests).toHaveLength(1);
    expect(seen.requests[0]).toMatchObject({ strength: 0.8, prompt: expect.stringMatching(/^make the smile more confident/) });
    expect(seen.requests[0].reference).toBeDefined();
    const refined = await db.prisma.avatar.findUniqueOrThrow({ where: { id: avatarId }, include: { baseImage: true } });
    expect(refined.baseImage).toMatchObject({ source: "refine", prompt: expect.stringContaining("in a sunlit greenhouse") });
  });

  it("a refine with no strength uses the default; with no instruction after a rejection, the reason is the instruction", async () => {
    const avatarId = await mayaChen();
    const { rejectSeedImage } = await import("@/lib/avatars/reject-seed-image");
    const { requestSeedGeneration } = await import("@/lib/avatars/request-seed-generation");
    const { REFINE_DEFAULT_STRENGTH } = await import("@/lib/avatars/seed-image-schemas");
    await rejectSeedImage(ownerId, avatarId, "looks too young");
    const refine = await requestSeedGeneration(ownerId, avatarId, { mode: "refine" });
    expect(refine.prompt).toMatch(/^looks too young\. Same person/);
    expect((await db.prisma.generation.findUniqueOrThrow({ where: { id: refine.id } })).input).toMatchObject({
      strength: REFINE_DEFAULT_STRENGTH,
      instruction: "looks too young",
    });
    const own = await requestSeedGeneration(ownerId, avatarId, { mode: "refine", instruction: "add reading glasses" });
    expect(own.prompt).toMatch(/^add reading glasses\. /);
    expect(own.prompt).not.toContain("looks too young");
  });

  it("refine without a base image is refused, and nothing is written", async () => {
    const { createAvatar } = await import("@/lib/avatars/create-avatar");
    const { requestSeedGeneration } = await import("@/lib/avatars/request-seed-generation");
    const avatar = await createAvatar(ownerId, projectId, { name: "Empty" });
    await expect(requestSeedGeneration(ownerId, avatar.id, { mode: "refine" })).rejects.toMatchObject({ code: "invalid_input" });
    expect(await db.prisma.generation.count({ where: { avatarId: avatar.id } })).toBe(0);
  });
});
