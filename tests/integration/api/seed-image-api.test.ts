import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpUser } from "../../support/api-client";
import { mockResponses, type MockModelServer } from "../../support/mock-model-server";
import { startAppWithMock } from "../support/start-app-with-mock";
import type { TestApp } from "../support/start-test-app";
import { makePng, multipart } from "../../support/test-images";
import { waitForGeneration } from "../../support/wait-for-generation";

describe("seed-image workflow over REST", () => {
  let mock: MockModelServer;
  let app: TestApp;
  let user: Awaited<ReturnType<typeof signUpUser>>;
  let projectId: string;

  let env: Awaited<ReturnType<typeof startAppWithMock>>;
  beforeAll(async () => {
    env = await startAppWithMock("Seeds");
    ({ mock, app, user, projectId } = env);
  });
  afterAll(async () => env?.stop());

  const persona = (name = "Nora") =>
    user.api.post(`/api/v1/projects/${projectId}/avatars`, {
      name,
      appearanceDescription: "early thirties, freckles, short curly hair",
      attributes: { gender: "female", hairColor: "auburn", skinTone: "fair" },
    });

  it("creates a persona without an image; approving it is refused with the exact message", async () => {
    const created = await persona();
    expect(created.status).toBe(201);
    expect(created.body.avatar).toMatchObject({ baseImageStatus: "pending_upload", appearanceLocked: false, baseImage: null });
    const approve = await user.api.post(`/api/v1/avatars/${created.body.avatar.id}/seed-image/approve`);
    expect(approve.status).toBe(400);
    expect(approve.body.error).toBe("Cannot approve baseline: persona does not have a base image");
    expect((await user.api.post(`/api/v1/avatars/${created.body.avatar.id}/variations`)).status).toBe(400);
    expect((await user.api.post(`/api/v1/projects/${projectId}/avatars`, { name: "" })).status).toBe(400);
  });

  it("upload → approve (locks) → replacing is refused until unlocked → 4 variations keep the base", async () => {
    const id = (await persona("Uma")).body.avatar.id;
    const png = await makePng(256, 256);
    const uploaded = await user.api.post(`/api/v1/avatars/${id}/seed-image/upload`, multipart({}, { data: png, type: "image/png", name: "uma.png" }));
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.avatar.baseImageStatus).toBe("draft");
    expect(uploaded.body.image).toMatchObject({ kind: "base", source: "upload" });

    const approved = await user.api.post(`/api/v1/avatars/${id}/seed-image/approve`, {});
    expect(approved.body.avatar).toMatchObject({ baseImageStatus: "approved", appearanceLocked: true });
    expect((await user.api.post(`/api/v1/avatars/${id}/seed-image/approve`)).status).toBe(400);
    const replace = await user.api.post(`/api/v1/avatars/${id}/seed-image/upload`, multipart({}, { data: png, type: "image/png", name: "again.png" }));
    expect(replace.status).toBe(409);
    expect(replace.body.error).toMatch(/Unlock it first/);
    expect((await user.api.post(`/api/v1/avatars/${id}/seed-image/generate`, { candidates: 1 })).status).toBe(409);
    expect((await user.api.post(`/api/v1/avatars/${id}/seed-image/reject`)).status).toBe(409);

    const variations = await user.api.post(`/api/v1/avatars/${id}/variations`);
    expect(variations.status).toBe(202);
    const done = await waitForGeneration(user.api, variations.body.generation.id);
    expect(done).toMatchObject({ status: "completed", done: 4, total: 4 });
    const images = (await user.api.get(`/api/v1/avatars/${id}/images?kind=variation`)).body.images;
    expect(images).toHaveLength(4);
    expect(new Set(images.map((i: { md5: string }) => i.md5)).size).toBe(4);
    expect((await user.api.get(`/api/v1/avatars/${id}`)).body.avatar.baseImage.id).toBe(uploaded.body.image.id);

    const unlocked = await user.api.post(`/api/v1/avatars/${id}/seed-image/unlock`);
    expect(unlocked.body.avatar).toMatchObject({ baseImageStatus: "draft", appearanceLocked: false });
    expect((await user.api.post(`/api/v1/avatars/${id}/seed-image/upload`, multipart({}, { data: png, type: "image/png", name: "again.png" }))).status).toBe(201);

    const history = (await user.api.get(`/api/v1/avatars/${id}/usage-history`)).body.events.map((e: { type: string }) => e.type);
    for (const type of ["created", "uploaded", "approved", "used_as_reference", "generated", "unlocked"]) expect(history).toContain(type);
  });

  it("3 candidates → compare versions → pick one → approve; refine after a rejection", async () => {
    const id = (await persona("Cleo")).body.avatar.id;
    const generation = await user.api.post(`/api/v1/avatars/${id}/seed-image/generate`, { candidates: 3 });
    expect(generation.status).toBe(202);
    expect((await waitForGeneration(user.api, generation.body.generation.id)).done).toBe(3);
    const versions = (await user.api.get(`/api/v1/avatars/${id}/seed-image/versions`)).body.images;
    expect(versions).toHaveLength(3);
    expect((await user.api.get(`/api/v1/avatars/${id}`)).body.avatar.baseImageStatus).toBe("pending_upload");
    const picked = await user.api.post(`/api/v1/avatars/${id}/seed-image/select`, { imageId: versions[1].id });
    expect(picked.body.avatar).toMatchObject({ baseImageStatus: "draft", baseImage: { id: versions[1].id } });

    const rejected = await user.api.post(`/api/v1/avatars/${id}/seed-image/reject`, { reason: "too young" });
    expect(rejected.body.avatar).toMatchObject({ baseImageStatus: "rejected", rejectionReason: "too young" });
    expect((await user.api.post(`/api/v1/avatars/${id}/seed-image/approve`)).status).toBe(400);

    const refine = await user.api.post(`/api/v1/avatars/${id}/seed-image/generate`, { mode: "refine", strength: 0.7 });
    expect(refine.status).toBe(202);
    // The reject reason is the default instruction; the persona's own description stays in the prompt.
    expect(refine.body.generation.prompt).toMatch(/^too young\. Same person/);
    expect(refine.body.generation.prompt).toContain("freckles");
    await waitForGeneration(user.api, refine.body.generation.id);
    const refined = (await user.api.get(`/api/v1/avatars/${id}`)).body.avatar;
    expect(refined).toMatchObject({ baseImageStatus: "draft", baseImage: { source: "refine" } });
    expect((await user.api.post(`/api/v1/avatars/${id}/seed-image/approve`)).body.avatar.baseImageStatus).toBe("approved");
    expect((await user.api.get(`/api/v1/avatars/${id}/seed-image/versions`)).body.images).toHaveLength(4);
  });

  it("refuses bad seed-image input", async () => {
    const id = (await persona("Bad")).body.avatar.id;
    expect((await user.api.post(`/api/v1/avatars/${id}/seed-image/generate`, { candidates: 5 })).body.error).toMatch(/between 1 and 4/);
    expect((await user.api.post(`/api/v1/avatars/${id}/seed-image/generate`, { referenceImageId: "nope" })).status).toBe(400);
    const strong = await user.api.post(`/api/v1/avatars/${id}/seed-image/generate`, { mode: "refine", strength: 1.5 });
    expect(strong.status).toBe(400);
    expect(strong.body).toMatchObject({ code: "invalid_input", error: "strength: Strength must be between 0 and 1" });
    expect((await user.api.post(`/api/v1/avatars/${id}/seed-image/generate`, { mode: "refine", strength: "strong" })).status).toBe(400);
    const nothingToRefine = await user.api.post(`/api/v1/avatars/${id}/seed-image/generate`, { mode: "refine", instruction: "smile" });
    expect(nothingToRefine.status).toBe(400);
    expect(nothingToRefine.body.error).toMatch(/no base image to refine/);
    expect((await user.api.post(`/api/v1/avatars/${id}/seed-image/select`, { imageId: "nope" })).status).toBe(400);
    expect((await user.api.post(`/api/v1/avatars/${id}/seed-image/upload`, multipart({}))).status).toBe(400);
  });

  it("image-to-image: HF refine and OpenAI variations send the base image", async () => {
    const id = (await persona("Ref")).body.avatar.id;
    const png = await makePng(128, 128);
    const up = await user.api.post(`/api/v1/avatars/${id}/seed-image/upload`, multipart({}, { data: png, type: "image/png", name: "r.png" }));
    mock.reset();
    const refine = await user.api.post(`/api/v1/avatars/${id}/seed-image/generate`, { provider: "huggingface", referenceImageId: up.body.image.id });
    expect((await waitForGeneration(user.api, refine.body.generation.id)).status).toBe("completed");
    const hf = mock.requestsFor("huggingface")[0].json as { inputs: string; parameters: { prompt: string } };
    const stored = await (await user.api.raw(up.body.image.url)).arrayBuffer();
    expect(Buffer.from(hf.inputs, "base64").equals(Buffer.from(stored))).toBe(true);
    expect(hf.parameters.prompt).toMatch(/freckles/);

    await user.api.post(`/api/v1/avatars/${id}/seed-image/approve`);
    mock.enqueue("openai-edits", mockResponses.serverError());
    const variations = await user.api.post(`/api/v1/avatars/${id}/variations`, { provider: "openai" });
    expect((await waitForGeneration(user.api, variations.body.generation.id, 45_000)).status).toBe("completed");
    const edits = mock.requestsFor("openai-edits");
    expect(edits.length).toBe(5);
    expect(edits[0].form?.files[0].data.length).toBeGreaterThan(0);
    expect(edits.map((e) => e.form?.fields.prompt)).toEqual(expect.arrayContaining([expect.stringMatching(/Same person/)]));
  });

  it("another user gets 404 for every seed-image, variation and history route", async () => {
    const id = (await persona("Private")).body.avatar.id;
    const bob = await signUpUser(app.url, "bob");
    const png = await makePng();
    const routes = [
      await bob.api.post(`/api/v1/avatars/${id}/seed-image/upload`, multipart({}, { data: png, type: "image/png", name: "x.png" })),
      await bob.api.post(`/api/v1/avatars/${id}/seed-image/generate`, {}),
      await bob.api.post(`/api/v1/avatars/${id}/seed-image/approve`),
      await bob.api.post(`/api/v1/avatars/${id}/seed-image/reject`),
      await bob.api.post(`/api/v1/avatars/${id}/seed-image/unlock`),
      await bob.api.post(`/api/v1/avatars/${id}/seed-image/select`, { imageId: "x" }),
      await bob.api.get(`/api/v1/avatars/${id}/seed-image/versions`),
      await bob.api.post(`/api/v1/avatars/${id}/variations`),
      await bob.api.get(`/api/v1/avatars/${id}/usage-history`),
      await bob.api.post(`/api/v1/projects/${projectId}/avatars`, { name: "intruder" }),
    ];
    for (const res of routes) expect(res.status).toBe(404);
  });
});
