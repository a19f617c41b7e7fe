import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, signUpUser } from "../../support/api-client";
import { startMockModelServer, type MockModelServer } from "../../support/mock-model-server";
import { startTestApp, type TestApp } from "../support/start-test-app";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`not done after ${timeoutMs} ms: ${JSON.stringify(value).slice(0, 500)}`);
    await pause(200);
  }
}

describe.each(["postgres", "embedded"] as const)("jobs, cancel, resume and stats over REST (%s database)", (database) => {
  let app: TestApp;
  let mock: MockModelServer;
  let owner: Awaited<ReturnType<typeof signUpUser>>;
  let stranger: Awaited<ReturnType<typeof signUpUser>>;
  let api: ApiClient;
  let projectId: string;

  beforeAll(async () => {
    mock = await startMockModelServer();
    // Hugging Face only: batches write their personas offline (no OpenAI key).
    app = await startTestApp({ database, env: { HF_TOKEN: "hf_test", HF_ENDPOINT_URL: mock.huggingFaceUrl } });
    owner = await signUpUser(app.url, "owner");
    stranger = await signUpUser(app.url, "stranger");
    api = owner.api;
    projectId = (await api.post("/api/v1/projects", { name: "Jobs" })).body.project.id;
  });

  afterAll(async () => {
    await app?.stop();
    await mock?.close();
  });

  it("cancels a generation waiting on its provider: 200 cancelled, no further call, 409 afterwards, 404 for another user", async () => {
    mock.enqueue("huggingface", { delayMs: 2_500 });
    const started = await api.post(`/api/v1/projects/${projectId}/avatars/generate`, { name: "Slow", prompt: "a portrait", provider: "huggingface" });
    expect(started.status).toBe(202);
    const generationId: string = started.body.generation.id;
    await waitUntil(async () => mock.requestsFor("huggingface").length, (count) => count === 1, 20_000);

    expect((await stranger.api.post(`/api/v1/generations/${generationId}/cancel`)).status).toBe(404);
    const cancelled = await api.post(`/api/v1/generations/${generationId}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.generation).toMatchObject({ id: generationId, status: "cancelled" });
    await pause(3_500);
    expect(mock.requestsFor("huggingface")).toHaveLength(1);
    expect((await api.get(`/api/v1/generations/${generationId}`)).body.generation.status).toBe("cancelled");
    const again = await api.post(`/api/v1/generations/${generationId}/cancel`);
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ error: expect.any(String), code: "conflict" });
    expect((await api.post("/api/v1/generations/nope/cancel")).status).toBe(404);
  });

  it("cancels a remote generation whose images run side by side: only the calls in flight (the limit, 2) are made", async () => {
    mock.enqueue("huggingface", { delayMs: 2_500 }, { delayMs: 2_500 }, { delayMs: 2_500 }, { delayMs: 2_500 });
    const before = mock.requestsFor("huggingface").length;
    const avatarId: string = (await api.post(`/api/v1/projects/${projectId}/avatars`, { name: "Four at once" })).body.avatar.id;
    const started = await api.post(`/api/v1/avatars/${avatarId}/seed-image/generate`, { candidates: 4, provider: "huggingface" });
    expect(started.status).toBe(202);
    const generationId: string = started.body.generation.id;
    // Two calls go out together (the per-user and provider limit), not one after another: the second
    // starts while the first (2.5 s) is still being answered.
    await waitUntil(async () => mock.requestsFor("huggingface").length - before, (count) => count >= 1, 20_000);
    const firstAt = Date.now();
    await waitUntil(async () => mock.requestsFor("huggingface").length - before, (count) => count === 2, 20_000);
    expect(Date.now() - firstAt).toBeLessThan(2_000);
    const cancelled = await api.post(`/api/v1/generations/${generationId}/cancel`);
    expect(cancelled.status).toBe(200);
    await pause(3_500);
    expect(mock.requestsFor("huggingface").length - before).toBe(2);
    const generation = (await api.get(`/api/v1/generations/${generationId}`)).body.generation;
    expect(generation).toMatchObject({ status: "cancelled", total: 4 });
    expect(generation.done).toBeLessThanOrEqual(2);
  });

  it("cancels a running batch, lists it, resumes it to completion (202) with no duplicate image", async () => {
    const created = await api.post(`/api/v1/projects/${projectId}/batches`, { count: 8, images: true, seed: 3 });
    expect(created.status).toBe(202);
    const batchId: string = created.body.batch.id;
    await waitUntil(async () => (await api.get(`/api/v1/batches/${batchId}`)).body.batch.imagesDone, (done) => done >= 2, 60_000);

    expect((await stranger.api.post(`/api/v1/batches/${batchId}/cancel`)).status).toBe(404);
    expect((await api.post(`/api/v1/batches/${batchId}/resume`)).status).toBe(409);
    const cancelled = await api.post(`/api/v1/batches/${batchId}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.batch).toMatchObject({ id: batchId, status: "cancelled" });
    expect((await api.post(`/api/v1/batches/${batchId}/cancel`)).status).toBe(409);

    const listed = await api.get(`/api/v1/jobs?kind=batch&status=cancelled`);
    expect(listed.status).toBe(200);
    expect(listed.body.jobs).toMatchObject([{ id: batchId, kind: "batch", status: "cancelled", projectId, avatarId: null, batchId, provider: "local" }]);
    expect(Object.keys(listed.body.jobs[0]).sort()).toEqual(
      expect.arrayContaining(["id", "kind", "status", "projectId", "avatarId", "batchId", "provider", "progress", "createdAt", "startedAt", "finishedAt", "errorMessage"]),
    );
    expect(listed.body.counts).toMatchObject({ cancelled: 1 });
    expect((await stranger.api.get("/api/v1/jobs")).body).toEqual({ jobs: [], counts: { queued: 0, running: 0, completed: 0, failed: 0, cancelled: 0 }, nextCursor: null });
    expect((await stranger.api.get(`/api/v1/jobs?projectId=${projectId}`)).status).toBe(404);

    const resumed = await api.post(`/api/v1/batches/${batchId}/resume`);
    expect(resumed.status).toBe(202);
    const finished = await waitUntil(async () => (await api.get(`/api/v1/batches/${batchId}`)).body.batch, (batch) => batch.status === "completed" || batch.status === "failed");
    expect(finished).toMatchObject({ status: "completed", personasDone: 8, imagesDone: 40 });
    const stats = await api.get("/api/v1/stats");
    expect(stats.status).toBe(200);
    // 40 batch images, and the slow generation's image was never made.
    expect(stats.body).toMatchObject({ projects: 1, images: { total: 40, base: 8, variation: 32, training: 0 }, providers: { local: 40 } });
    expect(stats.body.storageBytes).toBeGreaterThan(0);
    expect((await stranger.api.get("/api/v1/stats")).body).toMatchObject({ projects: 0, images: { total: 0 }, storageBytes: 0 });
  }, 180_000);

  it("answers a bad filter with a 400 naming it", async () => {
    const bad = await api.get("/api/v1/jobs?status=finished");
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: "invalid_input", details: { status: expect.any(Array) } });
    expect((await api.get("/api/v1/jobs?limit=500")).status).toBe(400);
    expect((await api.get("/api/v1/jobs?cursor=garbage")).status).toBe(400);
  });
});
