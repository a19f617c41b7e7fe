import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signUpUser } from "../../support/api-client";
import { mockResponses, type MockModelServer } from "../../support/mock-model-server";
import { startAppWithMock } from "../support/start-app-with-mock";
import { waitForGeneration } from "../../support/wait-for-generation";

/** Hugging Face and OpenAI paths through the real SDK clients, answered by a local mock server. */
describe("remote providers through the job", () => {
  let env: Awaited<ReturnType<typeof startAppWithMock>>;
  let mock: MockModelServer;
  let user: Awaited<ReturnType<typeof signUpUser>>;
  let projectId: string;

  beforeAll(async () => {
    env = await startAppWithMock("Remote");
    ({ mock, user, projectId } = env);
  });
  afterAll(async () => env?.stop());
  beforeEach(() => mock.reset());

  async function generate(provider: string, extra: Record<string, unknown> = {}) {
    const res = await user.api.post(`/api/v1/projects/${projectId}/avatars/generate`, { name: "R", prompt: "portrait", width: 512, height: 512, provider, ...extra });
    expect(res.status).toBe(202);
    return { ...res.body, generation: await waitForGeneration(user.api, res.body.generation.id, 45_000) };
  }

  it("Hugging Face: text-to-image with the built prompt, size and seed", async () => {
    const { generation } = await generate("huggingface", { seed: 99 });
    expect(generation.status).toBe("completed");
    const [request] = mock.requestsFor("huggingface");
    expect(request.headers.authorization).toBe("Bearer hf_test");
    expect(request.json).toMatchObject({ inputs: expect.stringContaining("portrait"), parameters: { width: 512, height: 512, seed: 99 } });
    // A provider's image is classified by the job's safety step (the offline generator's drawings are not).
    const avatar = await user.api.get(`/api/v1/avatars/${generation.avatarId}`);
    expect(avatar.status).toBe(200);
    expect(avatar.body.avatar.baseImage.safety).toMatchObject({ flagged: false, label: expect.any(String) });
  });

  it("Hugging Face: a 500 then success is retried without re-running finished steps", async () => {
    mock.enqueue("huggingface", mockResponses.serverError());
    const { generation } = await generate("huggingface");
    expect(generation).toMatchObject({ status: "completed", errorMessage: null });
    expect(mock.requestsFor("huggingface")).toHaveLength(2);
  });

  it("Hugging Face: a 429 with Retry-After waits and succeeds", async () => {
    mock.enqueue("huggingface", mockResponses.rateLimited(1));
    const started = Date.now();
    const { generation } = await generate("huggingface");
    expect(generation.status).toBe("completed");
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(mock.requestsFor("huggingface")).toHaveLength(2);
  });

  it("Hugging Face: a permanent 400 fails at once with the provider's message and no retry", async () => {
    mock.enqueue("huggingface", mockResponses.badRequest("Input validation error: prompt too long"));
    const { generation, avatar } = await generate("huggingface");
    expect(generation.status).toBe("failed");
    expect(generation.errorMessage).toMatch(/prompt too long/);
    expect(mock.requestsFor("huggingface")).toHaveLength(1);
    const after = (await user.api.get(`/api/v1/avatars/${avatar.id}`)).body.avatar;
    expect(after).toMatchObject({ status: "failed", baseImage: null });
    const retried = await user.api.post(`/api/v1/generations/${generation.id}/retry`);
    expect(retried.status).toBe(202);
    expect((await waitForGeneration(user.api, generation.id)).status).toBe("completed");
  });

  it("OpenAI: images.generate, and a content-policy refusal is permanent", async () => {
    const ok = await generate("openai");
    expect(ok.generation.status).toBe("completed");
    expect(mock.requestsFor("openai-generations")[0].json).toMatchObject({ model: "gpt-image-1", prompt: expect.stringContaining("portrait") });
    mock.reset();
    mock.enqueue("openai-generations", mockResponses.openaiContentPolicy());
    const refused = await generate("openai");
    expect(refused.generation.status).toBe("failed");
    expect(refused.generation.errorMessage).toMatch(/content policy|safety/i);
    expect(mock.requestsFor("openai-generations")).toHaveLength(1);
  });
});
