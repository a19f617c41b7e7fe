import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signUpUser } from "../../support/api-client";
import { mockResponses, startMockModelServer, type MockModelServer } from "../../support/mock-model-server";
import { mockProviderEnv } from "../../support/mock-provider-env";
import { makePng, multipart } from "../../support/test-images";
import { waitForGeneration } from "../../support/wait-for-generation";
import { startTestApp, type TestApp } from "../support/start-test-app";

/** Replicate, Stability AI and ComfyUI from REST to a stored image, keys set only for the mock, on both databases. */
for (const database of ["postgres", "embedded"] as const) {
  describe(`provider drivers over REST (${database})`, () => {
    let mock: MockModelServer;
    let app: TestApp;
    let user: Awaited<ReturnType<typeof signUpUser>>;
    let projectId: string;

    beforeAll(async () => {
      mock = await startMockModelServer();
      app = await startTestApp({ database, env: mockProviderEnv(mock) });
      user = await signUpUser(app.url);
      projectId = (await user.api.post("/api/v1/projects", { name: `Drivers ${database}` })).body.project.id;
    }, 120_000);
    afterAll(async () => {
      await app?.stop();
      await mock?.close();
    });
    beforeEach(() => mock.reset());

    async function generate(provider: string, extra: Record<string, unknown> = {}) {
      const res = await user.api.post(`/api/v1/projects/${projectId}/avatars/generate`, { name: provider, prompt: "portrait of a nurse", width: 512, height: 512, provider, ...extra });
      expect(res.status).toBe(202);
      return { ...res.body, generation: await waitForGeneration(user.api, res.body.generation.id, 45_000) };
    }

    async function storedBase(avatarId: string) {
      const avatar = (await user.api.get(`/api/v1/avatars/${avatarId}`)).body.avatar;
      const file = await user.api.raw(avatar.baseImage.url);
      expect(file.status).toBe(200);
      return { avatar, meta: await sharp(Buffer.from(await file.arrayBuffer())).metadata() };
    }

    it("lists every provider with its capabilities, all available with the mock's keys", async () => {
      const { providers } = (await user.api.get("/api/v1/providers")).body;
      expect(providers.map((p: { name: string }) => p.name)).toEqual(["local", "huggingface", "openai", "replicate", "stability", "comfyui"]);
      expect(providers.every((p: { available: boolean }) => p.available)).toBe(true);
      expect(providers.find((p: { name: string }) => p.name === "replicate")).toMatchObject({
        models: { textToImage: "black-forest-labs/flux-dev", reference: "black-forest-labs/flux-kontext-pro" },
        supports: { seed: true, negativePrompt: false, reference: true, strength: false, quality: false, grid: true },
      });
    });

    it("Replicate: generate → FLUX prediction → stored 512×512 PNG", async () => {
      const { generation, avatar } = await generate("replicate", { seed: 42 });
      expect(generation).toMatchObject({ status: "completed", done: 1 });
      const [created] = mock.requestsFor("replicate-create");
      expect(created.headers.authorization).toBe("Bearer r8_test");
      expect(created.json).toMatchObject({ input: { seed: 42, output_format: "png", aspect_ratio: "1:1", prompt: expect.stringContaining("portrait of a nurse") } });
      const { avatar: stored, meta } = await storedBase(avatar.id);
      expect(stored.baseImage).toMatchObject({ provider: "replicate", model: "black-forest-labs/flux-dev", width: 512, height: 512, seed: 42 });
      expect(meta).toMatchObject({ format: "png", width: 512, height: 512 });
    });

    it("Stability AI: generate → Core multipart request → stored image; a 429 waits for Retry-After and succeeds", async () => {
      mock.enqueue("stability", { ...mockResponses.stabilityError(429, "rate_limit_exceeded", "slow down"), headers: { "retry-after": "1" } });
      const { generation, avatar } = await generate("stability", { negativePrompt: "hats" });
      expect(generation.status).toBe("completed");
      const calls = mock.requestsFor("stability");
      expect(calls).toHaveLength(2);
      expect(calls[1].form!.fields).toMatchObject({ output_format: "png", aspect_ratio: "1:1", negative_prompt: expect.stringContaining("hats") });
      expect((await storedBase(avatar.id)).avatar.baseImage).toMatchObject({ provider: "stability", model: "core", width: 512, height: 512 });
    });

    it("ComfyUI: generate → shipped workflow queued, history followed, /view fetched → stored image; a validation error fails for good", async () => {
      const { generation, avatar } = await generate("comfyui", { seed: 9 });
      expect(generation.status).toBe("completed");
      const graph = (mock.requestsFor("comfyui-prompt")[0].json as { prompt: Record<string, { inputs: Record<string, unknown> }> }).prompt;
      expect(graph["3"].inputs.seed).toBe(9);
      expect(graph["5"].inputs).toMatchObject({ width: 512, height: 512 });
      expect((await storedBase(avatar.id)).avatar.baseImage).toMatchObject({ provider: "comfyui", model: "comfyui/text-to-image.json", width: 512, height: 512 });

      mock.reset();
      mock.enqueue("comfyui-prompt", mockResponses.comfyValidationError());
      const refused = await generate("comfyui");
      expect(refused.generation.status).toBe("failed");
      expect(refused.generation.errorMessage).toMatch(/ckpt_name/);
      expect(mock.requestsFor("comfyui-prompt")).toHaveLength(1);
    });

    it("refuses options the chosen provider cannot honour with a 400 naming them, writing nothing", async () => {
      const before = (await user.api.get(`/api/v1/projects/${projectId}/avatars`)).body;
      const seed = await user.api.post(`/api/v1/projects/${projectId}/avatars/generate`, { name: "x", prompt: "p", provider: "openai", seed: 4 });
      expect(seed.status).toBe(400);
      expect(seed.body).toMatchObject({ code: "invalid_input", error: expect.stringMatching(/^seed: OpenAI ignores seeds/) });
      const negative = await user.api.post(`/api/v1/projects/${projectId}/avatars/generate`, { name: "x", prompt: "p", provider: "replicate", negativePrompt: "blur" });
      expect(negative.status).toBe(400);
      expect(negative.body.error).toMatch(/^negativePrompt: /);
      const quality = await user.api.post(`/api/v1/projects/${projectId}/avatars/generate`, { name: "x", prompt: "p", provider: "stability", quality: "high" });
      expect(quality.status).toBe(400);
      expect(quality.body.error).toMatch(/^quality: /);
      const badQuality = await user.api.post(`/api/v1/projects/${projectId}/avatars/generate`, { name: "x", prompt: "p", provider: "openai", quality: "ultra" });
      expect(badQuality.body.error).toBe("quality: must be one of low, medium, high for gpt-image-1");
      const after = (await user.api.get(`/api/v1/projects/${projectId}/avatars`)).body;
      expect(after.avatars.length).toBe(before.avatars.length);
      expect(mock.requests).toHaveLength(0);
    });

    it("grid variations on Replicate: one prediction with the reference, four stored quarters with thumbnails", async () => {
      const id = (await user.api.post(`/api/v1/projects/${projectId}/avatars`, { name: "Grid" })).body.avatar.id;
      const upload = await user.api.post(`/api/v1/avatars/${id}/seed-image/upload`, multipart({}, { data: await makePng(512, 512), type: "image/png", name: "g.png" }));
      expect(upload.status).toBe(201);
      const base = upload.body.image;
      await user.api.post(`/api/v1/avatars/${id}/seed-image/approve`, {});
      const bad = await user.api.post(`/api/v1/avatars/${id}/variations`, { mode: "mosaic" });
      expect(bad.status).toBe(400);
      const queued = await user.api.post(`/api/v1/avatars/${id}/variations`, { mode: "grid", provider: "replicate" });
      expect(queued.status).toBe(202);
      expect(await waitForGeneration(user.api, queued.body.generation.id, 45_000)).toMatchObject({ status: "completed", done: 4, total: 4 });

      expect(mock.requestsFor("replicate-create")).toHaveLength(1);
      const [created] = mock.requestsFor("replicate-create");
      expect(created.path).toBe("/v1/models/black-forest-labs/flux-kontext-pro/predictions");
      expect((created.json as { input: { prompt: string } }).input.prompt).toMatch(/^A 2x2 grid of four photos/);
      expect(mock.requestsFor("replicate-files")).toHaveLength(1);

      const variations = (await user.api.get(`/api/v1/avatars/${id}/images?kind=variation`)).body.images;
      const grids = (await user.api.get(`/api/v1/avatars/${id}/images?kind=grid`)).body.images;
      expect(variations).toHaveLength(4);
      expect(grids).toHaveLength(1);
      expect(grids[0]).toMatchObject({ width: base.width, height: base.height });
      for (const variation of variations) {
        expect(variation).toMatchObject({ width: base.width / 2, height: base.height / 2, sourceImageId: grids[0].id, provider: "replicate" });
        const thumbnail = await user.api.raw(variation.thumbnailUrl);
        expect(thumbnail.status).toBe(200);
      }
      // The gallery leaves the grid out.
      const all = (await user.api.get(`/api/v1/avatars/${id}/images`)).body.images;
      expect(all.some((image: { kind: string }) => image.kind === "grid")).toBe(false);
    });

    it("a batch takes variationsMode grid (and refuses anything else, naming the field)", async () => {
      const bad = await user.api.post(`/api/v1/projects/${projectId}/batches`, { count: 1, images: false, variationsMode: "mosaic" });
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatch(/^variationsMode: mode must be "separate" or "grid"/);
      const ok = await user.api.post(`/api/v1/projects/${projectId}/batches`, { count: 1, images: false, variationsMode: "grid", provider: "replicate" });
      expect(ok.status).toBe(202);
      expect(ok.body.batch).toMatchObject({ variationsMode: "grid", provider: "replicate" });
      await user.api.post(`/api/v1/batches/${ok.body.batch.id}/cancel`);
    });

    it("cancelling a Replicate job cancels its prediction", async () => {
      mock.enqueue("replicate-create", { job: { pendingPolls: 10_000 } });
      const res = await user.api.post(`/api/v1/projects/${projectId}/avatars/generate`, { name: "C", prompt: "p", width: 512, height: 512, provider: "replicate" });
      await expect.poll(() => mock.requestsFor("replicate-get").length, { timeout: 30_000 }).toBeGreaterThan(0);
      expect((await user.api.post(`/api/v1/generations/${res.body.generation.id}/cancel`)).status).toBeLessThan(300);
      await expect.poll(() => mock.requestsFor("replicate-cancel").length, { timeout: 15_000 }).toBe(1);
    });
  });
}
