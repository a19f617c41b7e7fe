import pg from "pg";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpUser, type ApiClient } from "../../support/api-client";
import { multipart } from "../../support/test-images";
import { waitForGeneration } from "../../support/wait-for-generation";
import { startTestApp, type TestApp } from "../support/start-test-app";
import { VARIATION_INSTRUCTIONS } from "@/lib/avatars/build-prompt";

/**
 * The review queue over REST on PostgreSQL. The rows that put an image in the queue (review,
 * identity, quality) are written directly: the drift retries and batch auto-approval make them for real.
 */
const ALICE_EMAIL = "alice-review@example.com";

describe("the review queue over REST (PostgreSQL, local provider)", () => {
  let app: TestApp;
  let sql: pg.Client;
  let alice: Awaited<ReturnType<typeof signUpUser>>;
  let bob: Awaited<ReturnType<typeof signUpUser>>;
  let projectId: string;
  let ada: { id: string; seedId: string };
  let variations: string[];
  let zed: { id: string; baseId: string };
  let bea: { id: string; baseId: string };

  const png = () => sharp({ create: { width: 256, height: 256, channels: 3, background: "#8a5a44" } }).png().toBuffer();

  async function uploadPersona(api: ApiClient, name: string) {
    const res = await api.post(`/api/v1/projects/${projectId}/avatars/upload`, multipart({ name }, { data: await png(), type: "image/png", name: "face.png" }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { id: res.body.avatar.id as string, baseId: res.body.avatar.baseImage.id as string };
  }

  async function markForReview(imageId: string, identity: { score: number | null; status: string; attempts: number }) {
    await sql.query(`UPDATE "Image" SET review = 'needs_review', identity = $2::jsonb WHERE id = $1`, [imageId, JSON.stringify(identity)]);
  }

  async function setQuality(imageId: string, verdict: string, messages: string[]) {
    await sql.query(`UPDATE "Image" SET quality = $2::jsonb WHERE id = $1`, [imageId, JSON.stringify({ verdict, messages })]);
  }

  const queue = async (query = "") => {
    const res = await alice.api.get(`/api/v1/projects/${projectId}/review${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as { items: { id: string; kind: string; avatar: { id: string; name: string }; image: any; seed: any; score: number | null; verdict: string | null; reasons: string[] }[]; nextCursor: string | null };
  };

  beforeAll(async () => {
    // Alice manages her own quota for the last case; local images count against it there.
    app = await startTestApp({ database: "postgres", env: { ADMIN_EMAILS: ALICE_EMAIL, QUOTA_COUNTS_LOCAL: "true" } });
    sql = new pg.Client({ connectionString: app.databaseUrl });
    await sql.connect();
    alice = await signUpUser(app.url, "alice-review", ALICE_EMAIL);
    bob = await signUpUser(app.url, "bob-review");
    projectId = (await alice.api.post("/api/v1/projects", { name: "Review" })).body.project.id;

    const uploaded = await uploadPersona(alice.api, "Ada");
    ada = { id: uploaded.id, seedId: uploaded.baseId };
    expect((await alice.api.post(`/api/v1/avatars/${ada.id}/seed-image/approve`, {})).status).toBe(200);
    const requested = await alice.api.post(`/api/v1/avatars/${ada.id}/variations`, {});
    expect(requested.status).toBe(202);
    expect((await waitForGeneration(alice.api, requested.body.generation.id, 90_000)).status).toBe("completed");
    variations = ((await alice.api.get(`/api/v1/avatars/${ada.id}/images?kind=variation`)).body.images as { id: string }[]).map((image) => image.id).sort();
    expect(variations).toHaveLength(4);
    await markForReview(variations[0], { score: 0.62, status: "drifted", attempts: 3 });
    await markForReview(variations[1], { score: 0.41, status: "drifted", attempts: 3 });
    await markForReview(variations[2], { score: null, status: "no-face", attempts: 3 });

    // Two bases waiting for approval: Zed's poor one comes before Bea's good one, whatever their names.
    zed = await uploadPersona(alice.api, "Zed");
    bea = await uploadPersona(alice.api, "Bea");
    await setQuality(zed.baseId, "poor", ["The image is blurry"]);
    await setQuality(bea.baseId, "good", []);
  }, 180_000);

  afterAll(async () => {
    await sql?.end();
    await app?.stop();
  });

  it("lists images lowest score first (no face before any score), then waiting bases poor before good, with seed, image and reasons", async () => {
    const { items, nextCursor } = await queue();
    expect(items.map((item) => item.id)).toEqual([variations[2], variations[1], variations[0], zed.baseId, bea.baseId]);
    expect(nextCursor).toBeNull();
    const [noFace, worst, , poorBase] = items;
    expect(noFace.reasons[0]).toMatch(/^No face found after 3 attempts/);
    expect(worst).toMatchObject({ kind: "image", avatar: { id: ada.id, name: "Ada" }, score: 0.41, seed: { id: ada.seedId } });
    expect(worst.image).toMatchObject({ id: variations[1], kind: "variation", review: "needs_review", safety: { flagged: false }, url: `/api/v1/images/${variations[1]}/file` });
    expect(worst.reasons[0]).toBe("Still drifted from the seed after 3 attempts: similarity 0.41, below this project's 0.70");
    expect(poorBase).toMatchObject({ kind: "base", avatar: { name: "Zed" }, seed: null, verdict: "poor" });
    expect(poorBase.reasons).toEqual(expect.arrayContaining(["Quality: poor", "The image is blurry"]));
  });

  it("pages with the usual cursor; a cursor it never handed out is a 400", async () => {
    const first = await queue("?limit=2");
    expect(first.items.map((item) => item.id)).toEqual([variations[2], variations[1]]);
    expect(first.nextCursor).toBe(variations[1]);
    const second = await queue(`?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((item) => item.id)).toEqual([variations[0], zed.baseId]);
    const third = await queue(`?limit=2&cursor=${second.nextCursor}`);
    expect(third.items.map((item) => item.id)).toEqual([bea.baseId]);
    expect(third.nextCursor).toBeNull();
    // An image of the project that is not in the queue is not a cursor of this list either.
    for (const cursor of ["garbage", variations[3]]) {
      const res = await alice.api.get(`/api/v1/projects/${projectId}/review?cursor=${cursor}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: "Invalid cursor", code: "invalid_input" });
    }
    expect((await alice.api.get(`/api/v1/projects/${projectId}/review?limit=0`)).status).toBe(400);
  });

  it("GET /images/:id is the image view, with review and safety", async () => {
    const res = await alice.api.get(`/api/v1/images/${variations[3]}`);
    expect(res.status).toBe(200);
    expect(res.body.image).toMatchObject({ id: variations[3], avatarId: ada.id, kind: "variation", review: null, safety: { flagged: false } });
    const listed = (await alice.api.get(`/api/v1/avatars/${ada.id}/images?kind=variation`)).body.images as { id: string; review: string | null }[];
    expect(listed.find((image) => image.id === variations[0])?.review).toBe("needs_review");
  });

  it("another user's project, image, keep and reject read as 404, and change nothing", async () => {
    expect((await bob.api.get(`/api/v1/projects/${projectId}/review`)).status).toBe(404);
    for (const answer of [
      await bob.api.get(`/api/v1/images/${variations[0]}`),
      await bob.api.post(`/api/v1/images/${variations[0]}/keep`),
      await bob.api.post(`/api/v1/images/${variations[0]}/reject`, {}),
      await bob.api.post(`/api/v1/images/${zed.baseId}/reject`, {}),
    ]) {
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ error: "Image not found", code: "not_found" });
    }
    expect((await queue()).items).toHaveLength(5);
  });

  it("bad ids are a 400, a missing one a 404, an image not waiting for review a 409", async () => {
    for (const path of [`/api/v1/images/${"x".repeat(101)}/keep`, "/api/v1/images/a%00b/keep", "/api/v1/images/%ff/reject"]) {
      const res = await alice.api.post(path);
      expect(res.status, path).toBe(400);
      expect(res.body.code).toBe("invalid_input");
    }
    expect((await alice.api.get(`/api/v1/images/${"x".repeat(101)}`)).status).toBe(400);
    expect((await alice.api.post("/api/v1/images/no-such-image/keep")).status).toBe(404);
    expect((await alice.api.post(`/api/v1/images/${variations[3]}/keep`)).status).toBe(409);
    expect((await alice.api.post(`/api/v1/images/${ada.seedId}/reject`, {})).status).toBe(409);
    expect((await alice.api.post(`/api/v1/images/${variations[0]}/reject`, { reason: "x".repeat(501) })).status).toBe(400);
  });

  it("keep marks an image kept and takes it out of the queue; keeping a waiting base approves it", async () => {
    const kept = await alice.api.post(`/api/v1/images/${variations[0]}/keep`);
    expect(kept.status).toBe(200);
    expect(kept.body.image).toMatchObject({ id: variations[0], review: "kept" });
    expect((await alice.api.post(`/api/v1/images/${variations[0]}/keep`)).status).toBe(409);

    const approved = await alice.api.post(`/api/v1/images/${bea.baseId}/keep`);
    expect(approved.status).toBe(200);
    const avatar = (await alice.api.get(`/api/v1/avatars/${bea.id}`)).body.avatar;
    expect(avatar).toMatchObject({ baseImageStatus: "approved", appearanceLocked: true });
    expect((await queue()).items.map((item) => item.id)).toEqual([variations[2], variations[1], zed.baseId]);
  });

  it("reject deletes an image and regenerates one of its kind from the seed, in the rejected variation's pose (202 with the generation)", async () => {
    const rejected = await alice.api.post(`/api/v1/images/${variations[1]}/reject`);
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(202);
    expect(rejected.body.generation).toMatchObject({ type: "variations", avatarId: ada.id, total: 1, provider: "local" });
    expect((await alice.api.get(`/api/v1/images/${variations[1]}`)).status).toBe(404);
    expect((await alice.api.raw(`/api/v1/images/${variations[1]}/file`)).status).toBe(404);
    expect((await waitForGeneration(alice.api, rejected.body.generation.id, 60_000)).status).toBe("completed");
    const images = (await alice.api.get(`/api/v1/avatars/${ada.id}/images?kind=variation`)).body.images as { id: string; generationId: string; prompt: string }[];
    expect(images).toHaveLength(4);
    const replacements = images.filter((image) => image.generationId === rejected.body.generation.id);
    expect(replacements).toHaveLength(1);
    // variations[1] was the set's second image, which takes the second pose; so does its replacement.
    expect(replacements[0].prompt).toContain(VARIATION_INSTRUCTIONS[1]);
    expect(replacements[0].prompt).not.toContain(VARIATION_INSTRUCTIONS[0]);
    expect((await queue()).items.map((item) => item.id)).toEqual([variations[2], zed.baseId]);
  });

  it("reject on a waiting base rejects it and generates a new base image, which then waits in the queue", async () => {
    const rejected = await alice.api.post(`/api/v1/images/${zed.baseId}/reject`, { reason: "Too blurry" });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(202);
    expect(rejected.body.generation).toMatchObject({ type: "seed", avatarId: zed.id, total: 1 });
    const avatar = (await alice.api.get(`/api/v1/avatars/${zed.id}`)).body.avatar;
    expect(avatar.rejectionReason).toBe("Too blurry");
    expect((await waitForGeneration(alice.api, rejected.body.generation.id, 60_000)).status).toBe("completed");
    const after = (await alice.api.get(`/api/v1/avatars/${zed.id}`)).body.avatar;
    expect(after.baseImageStatus).toBe("draft");
    expect(after.baseImage.id).not.toBe(zed.baseId);
    // The rejected version stays among the avatar's base images, out of the queue.
    expect((await alice.api.get(`/api/v1/images/${zed.baseId}`)).status).toBe(200);
    expect((await queue()).items.map((item) => item.id)).toEqual([variations[2], after.baseImage.id]);
  });

  it("reject on a training image makes that prompt's image again", async () => {
    const requested = await alice.api.post(`/api/v1/avatars/${ada.id}/training-set`, { prompts: ["standing in the rain"] });
    expect(requested.status, JSON.stringify(requested.body)).toBe(202);
    await waitForGeneration(alice.api, requested.body.generation.id, 60_000);
    const [training] = (await alice.api.get(`/api/v1/avatars/${ada.id}/images?kind=training`)).body.images as { id: string }[];
    await markForReview(training.id, { score: 0.3, status: "drifted", attempts: 3 });
    // After the image with no face, before anything scored higher.
    expect((await queue()).items.map((item) => item.id).slice(0, 2)).toEqual([variations[2], training.id]);

    const rejected = await alice.api.post(`/api/v1/images/${training.id}/reject`);
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(202);
    expect(rejected.body.generation).toMatchObject({ type: "training", total: 1 });
    await waitForGeneration(alice.api, rejected.body.generation.id, 60_000);
    const manifest = (await alice.api.get(`/api/v1/avatars/${ada.id}/training-set/manifest`)).body;
    const item = manifest.trainingData.find((entry: { prompt: string }) => entry.prompt === "standing in the rain");
    expect(item).toMatchObject({ status: "completed", generationId: rejected.body.generation.id });
    expect(item.imageId).not.toBe(training.id);
  });

  it("a replacement past the monthly quota is a 429 and nothing is rejected or deleted", async () => {
    expect((await alice.api.patch(`/api/v1/admin/users/${alice.userId}`, { quotaImagesPerMonth: 1 })).status).toBe(200);
    await markForReview(variations[3], { score: 0.5, status: "drifted", attempts: 3 });
    const waitingBase = (await queue()).items.find((item) => item.kind === "base")!;
    for (const id of [variations[3], waitingBase.id]) {
      const res = await alice.api.post(`/api/v1/images/${id}/reject`);
      expect(res.status).toBe(429);
      expect(res.body).toMatchObject({ code: "quota_exceeded", error: expect.stringMatching(/^Monthly image quota reached: .* (this variation|the replacement image) needs 1\.$/) });
    }
    expect((await alice.api.get(`/api/v1/images/${variations[3]}`)).body.image.review).toBe("needs_review");
    expect((await alice.api.get(`/api/v1/avatars/${waitingBase.avatar.id}`)).body.avatar.baseImageStatus).toBe("draft");
  });
});
