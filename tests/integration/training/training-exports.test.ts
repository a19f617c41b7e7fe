import { createHash } from "node:crypto";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { errorResponse } from "@/lib/api/api-errors";
import { signedImageFileResponse } from "@/lib/api/image-file-response";
import { updateAvatar } from "@/lib/avatars/update-avatar";
import { BadRequestError, NotFoundError } from "@/lib/errors";
import { signedImageUrl } from "@/lib/images/signed-image-link";
import { getStorage } from "@/lib/storage";
import { exportTrainingManifest } from "@/lib/training/export-training-manifest";
import { exportTrainingSet } from "@/lib/training/export/export-training-set";
import type { ActorMakerManifest } from "@/lib/training/actor-maker-manifest";
import { requestTrainingSet } from "@/lib/training/request-training-set";
import { setUpLibEnvironment } from "../support/lib-environment";
import { createAvatarWithBase, createUser, runGenerationInline, type TestDatabase } from "./training-fixtures";

vi.mock("@/lib/generations/enqueue-generation", () => ({ enqueueGeneration: vi.fn(async (generation: unknown) => generation) }));

const PROMPTS = ["walking in a city street at dusk", "sitting in a café by the window", "hiking on a mountain trail"];
const ORIGIN = "https://likeness.example";
const md5 = (data: Buffer) => createHash("md5").update(data).digest("hex");

async function openZip(stream: ReadableStream<Uint8Array>) {
  return JSZip.loadAsync(Buffer.from(await new Response(stream).arrayBuffer()));
}

async function fetchLink(url: string) {
  const parsed = new URL(url);
  const imageId = decodeURIComponent(parsed.pathname.split("/").pop()!);
  // What GET /api/v1/links/images/:imageId does (the route is withPublic around this).
  return signedImageFileResponse(url, imageId).catch(errorResponse);
}

describe.each(["postgres", "embedded"] as const)("training exports on the %s database", (database) => {
  let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
  let db: TestDatabase;
  let alice: string;
  let bob: string;
  let avatarId: string;

  beforeAll(async () => {
    env = await setUpLibEnvironment({ label: "training-exports", database });
    db = env.db;
    alice = await createUser(db, "alice");
    bob = await createUser(db, "bob");
    ({ avatarId } = await createAvatarWithBase(db, alice, { name: "Zoë Müller" }));
    const generation = await requestTrainingSet(alice, avatarId, { prompts: PROMPTS });
    await runGenerationInline(generation.id);
  }, 120_000);
  afterAll(async () => env?.tearDown());

  it("writes the actor-maker manifest with the md5 and size of the real files, behind links that work without a token", async () => {
    const { manifest, filename } = await exportTrainingManifest(alice, avatarId, ORIGIN, "actor-maker");
    const actor = manifest as ActorMakerManifest;
    expect(filename).toBe("zoe-muller-training-manifest-actor-maker.json");
    expect(Object.keys(actor)).toEqual(["character_id", "training_data", "statistics", "training_data_updated"]);
    expect(actor.character_id).toBe(avatarId);
    expect(actor.statistics).toEqual({ training_images_count: 3, training_synced_count: 3 });
    expect(actor.training_data_updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
    expect(actor.training_data.map((entry) => entry.filename)).toEqual(["zoe-muller-01.png", "zoe-muller-02.png", "zoe-muller-03.png"]);
    for (const entry of actor.training_data) {
      const res = await fetchLink(entry.s3_url);
      expect(res.status).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(entry).toMatchObject({ md5_hash: md5(bytes), size_bytes: bytes.length, size_mb: Math.round((bytes.length / 1048576) * 100) / 100, status: "synced" });
      expect(entry.modified_date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
      expect(typeof entry.modified_timestamp).toBe("number");
    }
  });

  it("answers 404 for a tampered or expired link", async () => {
    const { manifest } = await exportTrainingManifest(alice, avatarId, ORIGIN, "actor-maker");
    const url = new URL((manifest as ActorMakerManifest).training_data[0].s3_url);
    const tampered = new URL(url);
    tampered.searchParams.set("sig", `${url.searchParams.get("sig")!.slice(0, -2)}xx`);
    const otherId = new URL(url);
    otherId.pathname = otherId.pathname.replace(/[^/]+$/, "someone-elses-image");
    const imageId = url.pathname.split("/").pop()!;
    const expired = signedImageUrl(ORIGIN, imageId, { now: new Date(Date.now() - 2 * 3600_000), ttlSeconds: 3600 });
    for (const link of [tampered.toString(), otherId.toString(), expired, `${ORIGIN}${url.pathname}`]) {
      const res = await fetchLink(link);
      expect(res.status, link).toBe(404);
      expect(await res.json()).toMatchObject({ code: "not_found" });
    }
  });

  it("streams the plain ZIP with every image and the manifest", async () => {
    const { stream, filename } = await exportTrainingSet(alice, avatarId, ORIGIN, { format: "zip" });
    expect(filename).toBe("zoe-muller-training-zip.zip");
    const zip = await openZip(stream);
    expect(Object.keys(zip.files).sort()).toEqual(["images/zoe-muller-01.png", "images/zoe-muller-02.png", "images/zoe-muller-03.png", "manifest.json"]);
    const manifest = JSON.parse(await zip.file("manifest.json")!.async("string"));
    for (const entry of manifest.trainingData) {
      const bytes = await zip.file(`images/${entry.filename}`)!.async("nodebuffer");
      expect(md5(bytes)).toBe(entry.md5);
      expect(bytes.length).toBe(entry.sizeBytes);
      expect(entry.url).toMatch(new RegExp(`^${ORIGIN}/api/v1/links/images/${entry.imageId}\\?exp=\\d+&sig=`));
    }
  });

  it("lays out kohya folders and captions with the default trigger word, then a custom one", async () => {
    const zip = await openZip((await exportTrainingSet(alice, avatarId, ORIGIN, { format: "kohya", repeats: 10 })).stream);
    expect(Object.keys(zip.files).sort()).toEqual([
      "10_zoemuller/001.png",
      "10_zoemuller/001.txt",
      "10_zoemuller/002.png",
      "10_zoemuller/002.txt",
      "10_zoemuller/003.png",
      "10_zoemuller/003.txt",
    ]);
    const captions = await Promise.all([1, 2, 3].map((n) => zip.file(`10_zoemuller/00${n}.txt`)!.async("string")));
    expect(captions).toEqual(PROMPTS.map((scene) => `zoemuller, ${scene}\n`));
    const stored = await db.prisma.image.findMany({ where: { avatarId, kind: "training" }, orderBy: { createdAt: "asc" } });
    const first = (await getStorage().get(stored[0].storageKey))!.data;
    expect(md5(await zip.file("10_zoemuller/001.png")!.async("nodebuffer"))).toBe(md5(first));

    await updateAvatar(alice, avatarId, { triggerWord: "zmlr_person" });
    const custom = await openZip((await exportTrainingSet(alice, avatarId, ORIGIN, { format: "kohya", repeats: 4 })).stream);
    expect(Object.keys(custom.files)).toContain("4_zmlr_person/002.png");
    expect(await custom.file("4_zmlr_person/002.txt")!.async("string")).toBe(`zmlr_person, ${PROMPTS[1]}\n`);
    await updateAvatar(alice, avatarId, { triggerWord: null });
  });

  it("lays out ai-toolkit's dataset and a config.yaml naming the trigger word", async () => {
    const zip = await openZip((await exportTrainingSet(alice, avatarId, ORIGIN, { format: "ai-toolkit" })).stream);
    expect(Object.keys(zip.files).sort()).toEqual(["config.yaml", "dataset/001.png", "dataset/001.txt", "dataset/002.png", "dataset/002.txt", "dataset/003.png", "dataset/003.txt"]);
    expect(await zip.file("dataset/003.txt")!.async("string")).toBe(`zoemuller, ${PROMPTS[2]}\n`);
    const config = await zip.file("config.yaml")!.async("string");
    expect(config).toContain('trigger_word: "zoemuller"');
    expect(config).toContain("folder_path: dataset");
    expect(config).toContain("caption_ext: txt");
  });

  it("refuses another user's avatar (404) and an avatar without finished images (400)", async () => {
    await expect(exportTrainingSet(bob, avatarId, ORIGIN, { format: "zip" })).rejects.toBeInstanceOf(NotFoundError);
    const { avatarId: empty } = await createAvatarWithBase(db, alice, { name: "Nobody Yet" });
    await expect(exportTrainingSet(alice, empty, ORIGIN, { format: "kohya" })).rejects.toBeInstanceOf(BadRequestError);
  });
});
