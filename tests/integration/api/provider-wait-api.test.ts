import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signUpUser } from "../../support/api-client";
import { mockResponses, startMockModelServer, type MockModelServer } from "../../support/mock-model-server";
import { mockProviderEnv } from "../../support/mock-provider-env";
import { waitForGeneration } from "../../support/wait-for-generation";
import { startTestApp, type TestApp } from "../support/start-test-app";

/** Hugging Face's Retry-After over REST (the real SDK, answered by the mock), and concurrent retries, on both databases. */
describe.each(["postgres", "embedded"] as const)("provider waits and retries over REST (%s database)", (database) => {
  let app: TestApp;
  let mock: MockModelServer;
  let user: Awaited<ReturnType<typeof signUpUser>>;
  let projectId: string;

  beforeAll(async () => {
    mock = await startMockModelServer();
    app = await startTestApp({ database, env: mockProviderEnv(mock) });
    user = await signUpUser(app.url);
    projectId = (await user.api.post("/api/v1/projects", { name: "Waits" })).body.project.id;
  });
  afterAll(async () => {
    await app?.stop();
    await mock?.close();
  });
  beforeEach(() => mock.reset());

  async function generate() {
    const res = await user.api.post(`/api/v1/projects/${projectId}/avatars/generate`, { name: "W", prompt: "portrait", width: 512, height: 512, provider: "huggingface" });
    expect(res.status).toBe(202);
    return res.body.generation.id as string;
  }

  it("a 429 with Retry-After: 3600 fails the generation at once with the reason; retry works afterwards", async () => {
    mock.enqueue("huggingface", mockResponses.rateLimited(3600));
    const generation = await waitForGeneration(user.api, await generate(), 45_000);
    expect(generation).toMatchObject({ status: "failed", waitingUntil: null });
    expect(generation.errorMessage).toContain("Hugging Face asked to wait 60 minutes; more than the 5-minute limit");
    expect(mock.requestsFor("huggingface")).toHaveLength(1);
    expect((await user.api.post(`/api/v1/generations/${generation.id}/retry`)).status).toBe(202);
    expect((await waitForGeneration(user.api, generation.id, 45_000)).status).toBe("completed");
  });

  it("a 429 with Retry-After: 2 is waited out, and the generation says until when meanwhile", async () => {
    mock.enqueue("huggingface", mockResponses.rateLimited(2));
    const startedAt = Date.now();
    const id = await generate();
    let waiting: { status: string; waitingUntil: string | null } | undefined;
    while (!waiting?.waitingUntil && Date.now() - startedAt < 30_000) {
      waiting = (await user.api.get(`/api/v1/generations/${id}`)).body.generation;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(waiting).toMatchObject({ status: "processing", waitingUntil: expect.any(String) });
    expect(Date.parse(waiting!.waitingUntil!)).toBeGreaterThanOrEqual(startedAt + 1_500);
    const done = await waitForGeneration(user.api, id, 45_000);
    expect(done).toMatchObject({ status: "completed", waitingUntil: null });
    expect(mock.requestsFor("huggingface")).toHaveLength(2);
  });

  it("five parallel POST /retry of a failed generation: exactly one 202, the others 409", async () => {
    mock.enqueue("huggingface", mockResponses.badRequest("Input validation error: no"));
    const failed = await waitForGeneration(user.api, await generate(), 45_000);
    expect(failed.status).toBe("failed");
    mock.enqueue("huggingface", { delayMs: 500 });
    const answers = await Promise.all(Array.from({ length: 5 }, () => user.api.post(`/api/v1/generations/${failed.id}/retry`)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([202, 409, 409, 409, 409]);
    for (const answer of answers.filter((answer) => answer.status === 409)) {
      expect(answer.body).toMatchObject({ code: "conflict", error: expect.stringMatching(/still running|already being retried/) });
    }
    expect((await waitForGeneration(user.api, failed.id, 45_000)).status).toBe("completed");
    expect(mock.requestsFor("huggingface")).toHaveLength(2);
  });
});
