import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { plannedImageId } from "@/lib/generations/plan-generation-images";
import { createLocalStorage } from "@/lib/storage/local";
import { createS3Storage } from "@/lib/storage/s3";
import { avatarImageKey, avatarThumbnailKey } from "@/lib/storage/storage-keys";
import type { Storage } from "@/lib/storage/types";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";
import { BUCKET, s3Backends } from "./s3-backends";

interface StorageBackend {
  name: string;
  start(): Promise<{ storage: Storage; stop(): Promise<void> }>;
}

const backends: StorageBackend[] = [
  {
    name: "local disk",
    async start() {
      const dir = await mkdtemp(path.join(tmpdir(), "likeness-gc-"));
      return { storage: createLocalStorage(dir), stop: () => rm(dir, { recursive: true, force: true }) };
    },
  },
  ...s3Backends.map((backend) => ({
    name: `S3 (${backend.name})`,
    async start() {
      const server = await backend.start();
      const storage = createS3Storage({ bucket: BUCKET, endpoint: server.endpoint, region: "us-east-1", accessKeyId: "S3RVER", secretAccessKey: "S3RVER", forcePathStyle: true });
      return { storage, stop: server.stop };
    },
  })),
];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function listKeys(storage: Storage) {
  const keys: string[] = [];
  for await (const listed of storage.list("")) keys.push(listed.key);
  return keys.sort();
}

describe("storage sweep", () => {
  let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
  let db: TestDatabase;

  beforeAll(async () => {
    env = await setUpLibEnvironment({ label: "gc" });
    db = env.db;
    vi.spyOn(console, "log").mockImplementation(() => {});
  });
  afterAll(() => env.tearDown());

  /** A project and an avatar with one image row (its file and thumbnail stored) and a generation with no image yet. */
  async function plantRows(label: string) {
    const ownerId = (await db.prisma.user.create({ data: { email: `${label}-${Math.random().toString(36).slice(2)}@example.com`, passwordHash: "x" } })).id;
    const project = await db.prisma.project.create({ data: { name: label, ownerId } });
    const avatar = await db.prisma.avatar.create({ data: { projectId: project.id, name: "Kept" } });
    const imageId = `upload-${Math.random().toString(36).slice(2)}`;
    const named = { storageKey: avatarImageKey(project.id, avatar.id, imageId, "png"), thumbnailKey: avatarThumbnailKey(project.id, avatar.id, imageId) };
    await db.prisma.image.create({
      data: { id: imageId, avatarId: avatar.id, kind: "base", ...named, mimeType: "image/png", width: 1, height: 1, sizeBytes: 1, md5: "0", source: "upload" },
    });
    const generation = await db.prisma.generation.create({ data: { userId: ownerId, projectId: project.id, avatarId: avatar.id, type: "avatar", provider: "local", status: "cancelled" } });
    return {
      projectId: project.id,
      avatarId: avatar.id,
      named: [named.storageKey, named.thumbnailKey],
      // Stored by a generation that was cancelled between its provider call and its save: its retry writes the row.
      pending: avatarImageKey(project.id, avatar.id, plannedImageId(generation.id, 0), "png"),
      // An avatar deleted mid-generation, and an image row gone: files no row names.
      orphans: [
        avatarImageKey(project.id, "goneAvatar", "gonei0", "png"),
        avatarThumbnailKey(project.id, "goneAvatar", "gonei0"),
        avatarImageKey(project.id, avatar.id, plannedImageId("deletedGeneration", 1), "png"),
        avatarImageKey("goneProject", "a1", "x1", "webp"),
      ],
    };
  }

  describe.each(backends)("on $name", (backend) => {
    let storage: Storage;
    let stop: () => Promise<void>;

    beforeAll(async () => {
      ({ storage, stop } = await backend.start());
    });
    afterAll(() => stop?.());

    it("deletes files no image row names once they are older than the grace period; keeps named, fresh and pending ones", async () => {
      const { collectGarbage } = await import("@/lib/storage/collect-garbage");
      const planted = await plantRows(backend.name.replace(/\W+/g, "-"));
      for (const key of [...planted.named, planted.pending, ...planted.orphans]) await storage.put(key, Buffer.from(key), "image/png");
      // Written after the grace period's start: a save that has not written its row yet.
      await pause(3_000);
      const fresh = avatarImageKey(planted.projectId, "inFlightAvatar", "freshi0", "png");
      await storage.put(fresh, Buffer.from("fresh"), "image/png");

      const dryRun = await collectGarbage({ storage, graceMs: 2_000, dryRun: true });
      expect(dryRun).toMatchObject({ listed: 8, named: 2, fresh: 1, pending: 1, deleted: 4, failed: 0 });
      expect(await listKeys(storage)).toHaveLength(8);

      const report = await collectGarbage({ storage, graceMs: 2_000, chunkSize: 3 });
      expect(report).toEqual({ listed: 8, named: 2, fresh: 1, pending: 1, deleted: 4, failed: 0 });
      expect(await listKeys(storage)).toEqual([...planted.named, planted.pending, fresh].sort());

      // The next sweep finds nothing more to do, and nothing under the grace period is touched.
      expect(await collectGarbage({ storage, graceMs: 2_000 })).toMatchObject({ listed: 4, deleted: 0 });
    });
  });

  it("npm run storage:gc sweeps the configured storage and prints the counts", async () => {
    const storage = createLocalStorage(path.join(env.dataDir!, "files"));
    const planted = await plantRows("script");
    for (const key of [...planted.named, ...planted.orphans]) await storage.put(key, Buffer.from(key), "image/png");
    const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/storage-gc.ts", "--grace-minutes", "0"], {
      env: { ...process.env, DATABASE_URL: db.url, DATA_DIR: env.dataDir },
      timeout: 60_000,
    });
    expect(stdout).toMatch(/\[storage:gc\] local storage: \d+ files listed: 4 orphaned deleted/);
    for (const key of planted.orphans) expect(await storage.exists(key)).toBe(false);
    for (const key of planted.named) expect(await storage.exists(key)).toBe(true);
  });
});
