import { createHash } from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, signUpUser } from "../../support/api-client";
import { mockResponses, startMockModelServer, type MockModelServer } from "../../support/mock-model-server";
import { startTestApp, type TestApp } from "../support/start-test-app";

const PROMPTS = ["walking in a city street at dusk", "sitting in a café by the window", "hiking on a mountain trail"];

const md5 = (data: Buffer) => createHash("md5").update(data).digest("hex");

async function uploadAvatar(api: ApiClient, projectId: string, name: string) {
  const png = await sharp({ create: { width: 256, height: 256, channels: 3, background: "#8a5a44" } }).png().toBuffer();
  const form = new FormData();
  form.append("name", name);
  form.append("file", new Blob([new Uint8Array(png)], { type: "image/png" }), "face.png");
  const res = await api.post(`/api/v1/projects/${projectId}/avatars/upload`, form);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.avatar as { id: string; baseImage: { id: string } };
}

async function newApprovedAvatar(api: ApiClient, name = "Ava Stone") {
  const project = await api.post("/api/v1/projects", { name: "Training" });
  const avatar = await uploadAvatar(api, project.body.project.id, name);
  const approved = await api.post(`/api/v1/avatars/${avatar.id}/seed-image/approve`);
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  return { projectId: project.body.project.id as string, avatarId: avatar.id, baseImageId: avatar.baseImage.id };
}

async function waitForGeneration(api: ApiClient, generationId: string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const res = await api.get(`/api/v1/generations/${generationId}`);
    if (res.body.generation.status === "completed" || res.body.generation.status === "failed") return res.body.generation;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`generation ${generationId} did not finish in 90 s`);
}

async function download(api: ApiClient, url: string) {
  const res = await api.raw(url);
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

describe.each(["postgres", "embedded"] as const)("training sets over REST on the %s database (local provider)", (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ database });
  });
  afterAll(async () => app?.stop());

  it("keeps a project prompt library: defaults plus own prompts, 400 on bad text, 409 on duplicates, 404 for another user", async () => {
    const { api } = await signUpUser(app.url, "prompts");
    const other = await signUpUser(app.url, "other");
    const projectId = (await api.post("/api/v1/projects", { name: "Library" })).body.project.id;
    const base = "/api/v1/projects/" + projectId + "/training-prompts";
    const defaults = (await api.get(base)).body.prompts;
    expect(defaults.length).toBeGreaterThanOrEqual(8);
    expect(defaults.every((p: { source: string; id: null }) => p.source === "default" && p.id === null)).toBe(true);

    const added = await api.post(base, { text: "  riding a bicycle   along a canal " });
    expect(added.status).toBe(201);
    expect(added.body.prompt).toMatchObject({ text: "riding a bicycle along a canal", source: "project", id: expect.any(String) });
    expect((await api.post(base, { text: "Riding a bicycle along a canal" })).status).toBe(409);
    const defaultDuplicate = await api.post(base, { text: defaults[0].text });
    expect(defaultDuplicate).toMatchObject({ status: 409, body: { error: "That prompt is already in the default library" } });
    expect((await api.post(base, { text: "" })).body.error).toMatch(/Prompt is required/);
    expect((await api.post(base, { text: "x".repeat(301) })).status).toBe(400);

    const id = added.body.prompt.id;
    const edited = await api.patch(`${base}/${id}`, { text: "riding a tandem along a canal" });
    expect(edited).toMatchObject({ status: 200, body: { prompt: { id, text: "riding a tandem along a canal" } } });
    const library = (await api.get(base)).body.prompts;
    expect(library.at(-1)).toMatchObject({ id, source: "project" });
    expect(library).toHaveLength(defaults.length + 1);

    expect((await other.api.get(base)).status).toBe(404);
    expect((await other.api.post(base, { text: "intruder" })).status).toBe(404);
    expect((await other.api.patch(`${base}/${id}`, { text: "stolen" })).status).toBe(404);
    expect((await other.api.delete(`${base}/${id}`)).status).toBe(404);
    expect((await api.delete(`${base}/${id}`)).status).toBe(204);
    expect((await api.delete(`${base}/${id}`)).status).toBe(404);
  });

  it("refuses a training set without an approved base, then makes one image per prompt whose md5 and size match the files", async () => {
    const { api } = await signUpUser(app.url, "trainer");
    const project = await api.post("/api/v1/projects", { name: "Training" });
    const draft = await uploadAvatar(api, project.body.project.id, "Draft Only");
    const refused = await api.post(`/api/v1/avatars/${draft.id}/training-set`, { prompts: PROMPTS });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/Approve a base image first/);
    expect((await api.post(`/api/v1/avatars/${draft.id}/training-set`, { prompts: [] })).status).toBe(400);

    const { avatarId } = await newApprovedAvatar(api, "Ava Stone");
    const queued = await api.post(`/api/v1/avatars/${avatarId}/training-set`, { prompts: PROMPTS });
    expect(queued.status, JSON.stringify(queued.body)).toBe(202);
    expect(queued.body.generation).toMatchObject({ type: "training", total: 3, avatarId });
    expect(await waitForGeneration(api, queued.body.generation.id)).toMatchObject({ status: "completed", done: 3, failed: 0 });

    const manifest = (await api.get(`/api/v1/avatars/${avatarId}/training-set/manifest`)).body;
    expect(manifest).toMatchObject({ avatarId, statistics: { count: 3, succeeded: 3, failed: 0 }, updatedAt: expect.any(String) });
    expect(manifest.trainingData.map((e: { filename: string; prompt: string; status: string }) => [e.filename, e.prompt, e.status])).toEqual(
      PROMPTS.map((prompt, i) => [`ava-stone-0${i + 1}.png`, prompt, "completed"]),
    );
    for (const entry of manifest.trainingData) {
      const file = await download(api, entry.url);
      expect(entry.md5).toBe(md5(file));
      expect(entry.sizeBytes).toBe(file.length);
      expect(Date.parse(entry.createdAt)).not.toBeNaN();
    }

    // A rerun with one new prompt generates only that one.
    const rerun = await api.post(`/api/v1/avatars/${avatarId}/training-set`, { prompts: [...PROMPTS, "cooking in a home kitchen"] });
    expect(rerun.status).toBe(202);
    expect(rerun.body.generation.total).toBe(1);
    await waitForGeneration(api, rerun.body.generation.id);
    const after = (await api.get(`/api/v1/avatars/${avatarId}/training-set/manifest`)).body;
    expect(after.statistics).toMatchObject({ count: 4, succeeded: 4, failed: 0 });
    expect(after.trainingData.slice(0, 3).map((e: { md5: string }) => e.md5)).toEqual(manifest.trainingData.map((e: { md5: string }) => e.md5));
    const nothing = await api.post(`/api/v1/avatars/${avatarId}/training-set`, { prompts: PROMPTS });
    expect(nothing).toMatchObject({ status: 400, body: { error: "Nothing to generate: every prompt already has a training image" } });
    expect((await api.post(`/api/v1/avatars/${avatarId}/training-set/retry`)).status).toBe(400);

    // Download: an attachment with signed links that work without a token, recorded in the usage history.
    const file = await api.raw(`/api/v1/avatars/${avatarId}/training-set/manifest?download=1`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toBe('attachment; filename="ava-stone-training-manifest.json"');
    const downloaded = await file.json();
    expect(downloaded.trainingData[0].url).toMatch(new RegExp(`^${app.url}/api/v1/links/images/${after.trainingData[0].imageId}\\?exp=\\d+&sig=`));
    const anonymous = await fetch(downloaded.trainingData[0].url);
    expect(anonymous.status).toBe(200);
    expect(md5(Buffer.from(await anonymous.arrayBuffer()))).toBe(after.trainingData[0].md5);
    const history = (await api.get(`/api/v1/avatars/${avatarId}/usage-history`)).body.events;
    expect(history.some((event: { type: string }) => event.type === "exported")).toBe(true);
  });

  it("two requests at once for the same prompts queue one generation, not two", async () => {
    const { api } = await signUpUser(app.url, "double");
    const { avatarId } = await newApprovedAvatar(api);
    const responses = await Promise.all([0, 1].map(() => api.post(`/api/v1/avatars/${avatarId}/training-set`, { prompts: PROMPTS })));
    const statuses = responses.map((res) => res.status).sort();
    expect(statuses[0]).toBe(202);
    // The loser finds the items queued (409) or, if the winner already finished, nothing missing (400).
    expect([400, 409]).toContain(statuses[1]);
    const winner = responses.find((res) => res.status === 202)!;
    await waitForGeneration(api, winner.body.generation.id);
    expect((await api.get(`/api/v1/avatars/${avatarId}/training-set/manifest`)).body.statistics).toMatchObject({ count: 3, succeeded: 3 });
  });

  it("another user's avatar reads as 404 for the training set, its retry and its manifest", async () => {
    const { api } = await signUpUser(app.url, "owner");
    const other = await signUpUser(app.url, "other");
    const { avatarId } = await newApprovedAvatar(api);
    expect((await other.api.post(`/api/v1/avatars/${avatarId}/training-set`, { prompts: PROMPTS })).status).toBe(404);
    expect((await other.api.post(`/api/v1/avatars/${avatarId}/training-set/retry`)).status).toBe(404);
    expect((await other.api.get(`/api/v1/avatars/${avatarId}/training-set/manifest`)).status).toBe(404);
    expect((await other.api.get(`/api/v1/avatars/${avatarId}/training-set/manifest?download=1`)).status).toBe(404);
    expect((await api.get(`/api/v1/avatars/${avatarId}/training-set/manifest`)).status).toBe(200);
  });
});

describe("training sets against the Hugging Face mock", () => {
  let app: TestApp;
  let mock: MockModelServer;
  beforeAll(async () => {
    mock = await startMockModelServer();
    app = await startTestApp({ database: "postgres", env: { HF_TOKEN: "x", HF_ENDPOINT_URL: mock.huggingFaceUrl } });
  });
  afterAll(async () => {
    await app?.stop();
    await mock?.close();
  });

  it("one prompt failing for good while the others succeed; retry fills it; every request carries the base image", async () => {
    const { api } = await signUpUser(app.url, "hf");
    const { avatarId, baseImageId } = await newApprovedAvatar(api, "Hugo Face");
    const baseFile = await download(api, `/api/v1/images/${baseImageId}/file`);
    mock.reset();
    mock.enqueue("huggingface", mockResponses.badRequest("Input validation error: prompt rejected by the model"));

    const queued = await api.post(`/api/v1/avatars/${avatarId}/training-set`, { prompts: PROMPTS, provider: "huggingface" });
    expect(queued.status, JSON.stringify(queued.body)).toBe(202);
    const finished = await waitForGeneration(api, queued.body.generation.id);
    expect(finished).toMatchObject({ status: "completed", done: 2, failed: 1 });

    const manifest = (await api.get(`/api/v1/avatars/${avatarId}/training-set/manifest`)).body;
    expect(manifest.statistics).toEqual({ count: 3, succeeded: 2, failed: 1, pending: 0 });
    const failed = manifest.trainingData.filter((e: { status: string }) => e.status === "failed");
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ prompt: PROMPTS[0], url: null, md5: null });
    expect(failed[0].errorMessage).toMatch(/prompt rejected by the model/);
    // A permanent 400 is not retried by the job: one request per image.
    expect(mock.requestsFor("huggingface")).toHaveLength(3);

    const retried = await api.post(`/api/v1/avatars/${avatarId}/training-set/retry`);
    expect(retried.status, JSON.stringify(retried.body)).toBe(202);
    expect(retried.body.generation).toMatchObject({ total: 1, provider: "huggingface" });
    await waitForGeneration(api, retried.body.generation.id);
    const after = (await api.get(`/api/v1/avatars/${avatarId}/training-set/manifest`)).body;
    expect(after.statistics).toEqual({ count: 3, succeeded: 3, failed: 0, pending: 0 });
    expect(after.trainingData[0].errorMessage).toBeNull();
    for (const entry of after.trainingData) {
      const file = await download(api, entry.url);
      expect([entry.md5, entry.sizeBytes]).toEqual([md5(file), file.length]);
    }

    const requests = mock.requestsFor("huggingface");
    expect(requests).toHaveLength(4);
    for (const request of requests) {
      const body = request.json as { inputs: string; parameters: { prompt?: string } };
      expect(Buffer.from(body.inputs, "base64").equals(baseFile)).toBe(true);
    }
  });
});
