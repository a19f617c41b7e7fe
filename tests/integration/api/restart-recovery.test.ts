import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { apiClient, signUpUser } from "../../support/api-client";
import { startMockModelServer } from "../../support/mock-model-server";
import { startTestApp } from "../support/start-test-app";
import { waitForGeneration } from "../../support/wait-for-generation";

describe("restart recovery on the embedded default", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "likeness-restart-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("a generation running when the process is killed finishes after the next start", async () => {
    const mock = await startMockModelServer();
    const env = { HF_TOKEN: "hf_test", HF_ENDPOINT_URL: mock.huggingFaceUrl };
    // the provider answers slowly, so the process is killed mid-generation
    mock.enqueue("huggingface", { delayMs: 4000 });
    const first = await startTestApp({ database: "embedded", dataDir, env });
    const user = await signUpUser(first.url);
    const projectId = (await user.api.post("/api/v1/projects", { name: "Restart" })).body.project.id;
    const res = await user.api.post(`/api/v1/projects/${projectId}/avatars/generate`, { name: "R", prompt: "p", width: 512, height: 512, provider: "huggingface" });
    expect(res.status).toBe(202);
    const deadline = Date.now() + 10_000;
    while (mock.requestsFor("huggingface").length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(mock.requestsFor("huggingface")).toHaveLength(1);
    await first.stop("SIGKILL");

    const second = await startTestApp({ database: "embedded", dataDir, env });
    try {
      const api = apiClient(second.url, user.token);
      const generation = await waitForGeneration(api, res.body.generation.id, 40_000);
      expect(generation.status).toBe("completed");
      expect((await api.get(`/api/v1/avatars/${res.body.avatar.id}`)).body.avatar.baseImageStatus).toBe("draft");
    } finally {
      await second.stop();
      await mock.close();
    }
    // Two cold starts of the embedded database in one test: more than the default per-test minute on a busy machine.
  }, 120_000);
});
