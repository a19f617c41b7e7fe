import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VARIATION_INSTRUCTIONS } from "@/lib/avatars/build-prompt";
import { signUpUser } from "../../support/api-client";
import type { MockModelServer } from "../../support/mock-model-server";
import { multipart } from "../../support/test-images";
import { waitForGeneration } from "../../support/wait-for-generation";
import { faceFixture, samePersonVariant } from "../../faces/face-fixtures";
import { startAppWithMock } from "../support/start-app-with-mock";
import type { TestApp } from "../support/start-test-app";

describe("face checks over REST", () => {
  let mock: MockModelServer;
  let app: TestApp;
  let user: Awaited<ReturnType<typeof signUpUser>>;
  let projectId: string;
  let env: Awaited<ReturnType<typeof startAppWithMock>>;

  beforeAll(async () => {
    env = await startAppWithMock("Faces");
    ({ mock, app, user, projectId } = env);
  });
  afterAll(async () => env?.stop());

  const persona = async (name: string) =>
    (await user.api.post(`/api/v1/projects/${projectId}/avatars`, { name, appearanceDescription: "a real photograph" })).body.avatar.id as string;
  const upload = (id: string, data: Buffer) =>
    user.api.post(`/api/v1/avatars/${id}/seed-image/upload`, multipart({}, { data, type: "image/jpeg", name: "face.jpg" }));
  const jpeg = (body: Buffer) => ({ status: 200, headers: { "content-type": "image/jpeg" }, body });

  it("upload → quality in the image object → check → approve → Hugging Face variations carry identity scores", async () => {
    const id = await persona("Adam");
    expect((await user.api.post(`/api/v1/avatars/${id}/seed-image/check`)).status).toBe(409);
    const uploaded = await upload(id, faceFixture("man-a"));
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.image.quality).toMatchObject({ verdict: "good", faces: 1, messages: [] });

    const checked = await user.api.post(`/api/v1/avatars/${id}/seed-image/check`);
    expect(checked.status).toBe(200);
    expect(checked.body).toEqual({ imageId: uploaded.body.image.id, quality: uploaded.body.image.quality });
    const bob = await signUpUser(app.url, "bob-faces");
    expect((await bob.api.post(`/api/v1/avatars/${id}/seed-image/check`)).status).toBe(404);

    expect((await user.api.post(`/api/v1/avatars/${id}/seed-image/approve`, {})).status).toBe(200);
    // Scores only: no re-makes of the drifted ones (tests/integration/faces/drift-retries.test.ts covers those).
    expect((await user.api.patch(`/api/v1/projects/${projectId}`, { settings: { maxIdentityRetries: 0 } })).status).toBe(200);
    mock.reset();
    const same = await samePersonVariant(faceFixture("man-a"));
    // The four calls go out side by side, in no set order: each is answered by its pose (the variation's prompt).
    const answers = [jpeg(same), jpeg(faceFixture("woman-c")), jpeg(same), jpeg(faceFixture("woman-b"))];
    mock.respondWith("huggingface", (request) => {
      const prompt = String((request.json as { parameters?: { prompt?: string } })?.parameters?.prompt ?? "");
      return answers[VARIATION_INSTRUCTIONS.findIndex((pose) => prompt.includes(pose))];
    });
    const requested = await user.api.post(`/api/v1/avatars/${id}/variations`, { provider: "huggingface" });
    expect(requested.status).toBe(202);
    await waitForGeneration(user.api, requested.body.generation.id, 60_000);
    const images = (await user.api.get(`/api/v1/avatars/${id}/images?kind=variation`)).body.images as {
      id: string;
      identity: { score: number; status: string; attempts: number } | null;
    }[];
    expect(images).toHaveLength(4);
    const statuses = [...images].sort((a, b) => a.id.localeCompare(b.id)).map((image) => image.identity?.status);
    expect(statuses).toEqual(["consistent", "drifted", "consistent", "drifted"]);
    for (const image of images) expect(image.identity?.attempts).toBe(1);
  });

  it("an upload with two people gets a warning with the plain message", async () => {
    const id = await persona("Pair");
    const uploaded = await upload(id, faceFixture("two-women"));
    expect(uploaded.body.image.quality.verdict).toBe("warning");
    expect(uploaded.body.image.quality.messages).toContain("Two faces found: crop to one person");
  });
});
