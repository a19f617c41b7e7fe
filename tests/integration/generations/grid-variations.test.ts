import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createVariationsGeneration } from "@/lib/avatars/create-variations-generation";
import { getSeedStateOrThrow } from "@/lib/avatars/get-seed-state-or-throw";
import { beginGeneration } from "@/lib/generations/begin-generation";
import { finishGeneration } from "@/lib/generations/finish-generation";
import { generateStoredImage } from "@/lib/generations/generate-stored-image";
import { saveGeneratedImage } from "@/lib/generations/save-generated-image";
import { listAvatarImages } from "@/lib/images/list-avatar-images";
import * as providers from "@/lib/providers/image";
import { createLocalProvider } from "@/lib/providers/image/local";
import { getStorage } from "@/lib/storage";
import { avatarImageKey, avatarThumbnailKey } from "@/lib/storage/storage-keys";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";

for (const database of ["postgres", "embedded"] as const) {
  describe(`grid variations (${database})`, () => {
    let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
    let db: TestDatabase;
    let userId: string;
    let projectId: string;

    beforeAll(async () => {
      env = await setUpLibEnvironment({ label: "grid", database });
      db = env.db;
      userId = (await db.prisma.user.create({ data: { email: `grid-${database}@example.com`, passwordHash: "x" } })).id;
      projectId = (await db.prisma.project.create({ data: { ownerId: userId, name: "Grid" } })).id;
    }, 60_000);
    afterAll(() => env.tearDown());

    /** An avatar whose approved base is a local 1024×1024 image. */
    async function avatarWithApprovedBase() {
      const avatar = await db.prisma.avatar.create({ data: { projectId, name: "Maya" } });
      const baseId = `${avatar.id}base`;
      const png = (await createLocalProvider().generate({ prompt: "portrait", width: 1024, height: 1024, seed: 3, identitySeed: "seed:3" })).data;
      const storageKey = avatarImageKey(projectId, avatar.id, baseId, "png");
      await getStorage().put(storageKey, png, "image/png");
      await db.prisma.image.create({
        data: { id: baseId, avatarId: avatar.id, kind: "base", storageKey, thumbnailKey: avatarThumbnailKey(projectId, avatar.id, baseId), mimeType: "image/png", width: 1024, height: 1024, sizeBytes: png.length, md5: "x", seed: 3 },
      });
      await db.prisma.avatar.update({ where: { id: avatar.id }, data: { baseImageId: baseId, baseImageStatus: "approved" } });
      return { avatarId: avatar.id, baseId };
    }

    async function runSteps(generationId: string) {
      for (const index of [0, 1, 2, 3]) {
        await generateStoredImage(generationId, index);
        await saveGeneratedImage(generationId, index);
      }
    }

    it("makes ONE provider call, cuts it into four 512×512 variations with thumbnails linked to the grid, and a rerun duplicates nothing", async () => {
      const { avatarId } = await avatarWithApprovedBase();
      const generation = await createVariationsGeneration(db.prisma, userId, await getSeedStateOrThrow(userId, avatarId), "local", "grid");
      expect(generation).toMatchObject({ width: 1024, height: 1024, total: 4 });
      const local = createLocalProvider();
      const generate = vi.fn(local.generate);
      const spy = vi.spyOn(providers, "getImageProvider").mockReturnValue({ ...local, generate });
      await beginGeneration(generation.id);
      await runSteps(generation.id);
      await runSteps(generation.id);
      spy.mockRestore();

      expect(generate).toHaveBeenCalledTimes(1);
      expect(generate.mock.calls[0][0]).toMatchObject({ width: 1024, height: 1024, grid: true, reference: { mimeType: "image/png" } });
      expect(generate.mock.calls[0][0].prompt).toMatch(/^A 2x2 grid of four photos of the same person/);
      expect(await finishGeneration(generation.id)).toEqual({ status: "completed", done: 4, failed: 0 });

      const variations = await listAvatarImages(userId, avatarId, "variation");
      const [grid] = await listAvatarImages(userId, avatarId, "grid");
      expect(variations).toHaveLength(4);
      expect(grid).toMatchObject({ id: `${generation.id}grid`, kind: "grid", width: 1024, height: 1024, generationId: null });
      for (const variation of variations) {
        expect(variation).toMatchObject({ width: 512, height: 512, sourceImageId: grid.id, generationId: generation.id, source: "variation" });
        const row = await db.prisma.image.findUniqueOrThrow({ where: { id: variation.id } });
        const original = await getStorage().get(row.storageKey);
        expect(await sharp(original!.data).metadata()).toMatchObject({ width: 512, height: 512 });
        expect(await getStorage().exists(row.thumbnailKey)).toBe(true);
      }
      expect(await getStorage().exists((await db.prisma.image.findUniqueOrThrow({ where: { id: grid.id } })).thumbnailKey)).toBe(true);
      // The gallery (no kind) shows the base and the four variations, not the grid.
      expect((await listAvatarImages(userId, avatarId)).map((image) => image.kind).sort()).toEqual(["base", "variation", "variation", "variation", "variation"]);
    });

    it("refuses a blank grid with a clear failure, storing nothing and calling the provider once", async () => {
      const { avatarId } = await avatarWithApprovedBase();
      const generation = await createVariationsGeneration(db.prisma, userId, await getSeedStateOrThrow(userId, avatarId), "local", "grid");
      const blank = await sharp({ create: { width: 1024, height: 1024, channels: 3, background: "#808080" } }).png().toBuffer();
      const generate = vi.fn(async () => ({ data: blank, mimeType: "image/png" as const, provider: "local" as const, model: "flat" }));
      const spy = vi.spyOn(providers, "getImageProvider").mockReturnValue({ ...createLocalProvider(), generate });
      await beginGeneration(generation.id);
      await expect(generateStoredImage(generation.id, 0)).rejects.toMatchObject({ kind: "permanent", message: expect.stringMatching(/grid image .* cannot be split into four variations: it is blank/) });
      await expect(generateStoredImage(generation.id, 1)).rejects.toThrow(/grid image was not made/);
      spy.mockRestore();
      expect(generate).toHaveBeenCalledTimes(1);
      expect(await db.prisma.image.count({ where: { avatarId, kind: { in: ["variation", "grid"] } } })).toBe(0);
    });

    it("caps a grid call's Retry-After like a single image's: a long one fails at once, a short one says until when", async () => {
      const { avatarId } = await avatarWithApprovedBase();
      const state = await getSeedStateOrThrow(userId, avatarId);
      const limited = (retryAfterMs: number) =>
        vi.fn(async () => {
          throw new providers.ProviderError("Too many requests (429).", { kind: "transient", provider: "local", status: 429, retryAfterMs });
        });

      const long = await createVariationsGeneration(db.prisma, userId, state, "local", "grid");
      const longCall = limited(24 * 3_600_000);
      const longSpy = vi.spyOn(providers, "getImageProvider").mockReturnValue({ ...createLocalProvider(), generate: longCall });
      await beginGeneration(long.id);
      await expect(generateStoredImage(long.id, 0)).rejects.toMatchObject({ kind: "permanent", message: expect.stringMatching(/asked to wait 24 hours; more than the .* limit/) });
      longSpy.mockRestore();
      expect(longCall).toHaveBeenCalledTimes(1);

      const short = await createVariationsGeneration(db.prisma, userId, state, "local", "grid");
      const shortSpy = vi.spyOn(providers, "getImageProvider").mockReturnValue({ ...createLocalProvider(), generate: limited(30_000) });
      await beginGeneration(short.id);
      const before = Date.now();
      await expect(generateStoredImage(short.id, 0)).rejects.toMatchObject({ kind: "transient", retryAfterMs: 30_000 });
      shortSpy.mockRestore();
      const row = await db.prisma.generation.findUniqueOrThrow({ where: { id: short.id } });
      expect(row.waitingUntil!.getTime()).toBeGreaterThanOrEqual(before + 30_000);
      expect(row.waitingUntil!.getTime()).toBeLessThan(Date.now() + 31_000);
      expect(await db.prisma.image.count({ where: { avatarId, kind: { in: ["variation", "grid"] } } })).toBe(0);
    });

    it("refuses grid mode for a provider that cannot draw one, naming the option", async () => {
      const { avatarId } = await avatarWithApprovedBase();
      const state = await getSeedStateOrThrow(userId, avatarId);
      const config = (await import("@/lib/config/env")).parseConfig({ OPENAI_API_KEY: "sk", OPENAI_IMAGE_MODEL: "dall-e-3" });
      expect(() => providers.assertProviderOptions("openai", { grid: true }, config)).toThrow(/^grid: /);
      await expect(createVariationsGeneration(db.prisma, userId, state, "midjourney", "grid")).rejects.toMatchObject({ code: "provider_unavailable" });
    });
  });
}
