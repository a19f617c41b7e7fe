import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ProviderError } from "@/lib/providers/image/errors";
import { createReplicateProvider, type ReplicateSettings } from "@/lib/providers/image/replicate/replicate-provider";
import { mockResponses, startMockModelServer, type MockModelServer } from "../support/mock-model-server";

let mock: MockModelServer;
let settings: ReplicateSettings;
const request = { prompt: "portrait photo of a woman", width: 832, height: 1216, seed: 7 };

async function failureOf(promise: Promise<unknown>) {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ProviderError);
  return err as ProviderError;
}

beforeAll(async () => {
  mock = await startMockModelServer();
  settings = {
    token: "r8_test",
    baseUrl: mock.replicateBaseUrl,
    model: "black-forest-labs/flux-dev",
    referenceModel: "black-forest-labs/flux-kontext-pro",
    timeoutMs: 10_000,
    pollIntervalMs: 50,
  };
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

describe("Replicate provider (official replicate client against the mock)", () => {
  it("creates a FLUX prediction with Prefer: wait, seed, aspect ratio and PNG output, and fetches the output", async () => {
    const image = await createReplicateProvider(settings).generate(request);
    expect(image).toMatchObject({ provider: "replicate", model: "black-forest-labs/flux-dev", mimeType: "image/png" });
    expect(await sharp(image.data).metadata()).toMatchObject({ format: "png", width: 832, height: 1216 });
    const [created] = mock.requestsFor("replicate-create");
    expect(created.path).toBe("/v1/models/black-forest-labs/flux-dev/predictions");
    expect(created.headers.authorization).toBe("Bearer r8_test");
    expect(created.headers.prefer).toMatch(/^wait=\d+$/);
    expect(created.json).toEqual({ input: { prompt: request.prompt, seed: 7, output_format: "png", aspect_ratio: "2:3", num_outputs: 1 } });
    expect(mock.requestsFor("replicate-output")).toHaveLength(1);
  });

  it("polls a prediction that is still running after the wait", async () => {
    mock.enqueue("replicate-create", { job: { pendingPolls: 3 } });
    const image = await createReplicateProvider(settings).generate(request);
    expect(image.provider).toBe("replicate");
    expect(mock.requestsFor("replicate-get")).toHaveLength(3);
  });

  it("uploads the reference image and runs the Kontext model on it", async () => {
    const reference = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#ff00ff" } }).png().toBuffer();
    const image = await createReplicateProvider(settings).generate({ ...request, reference: { data: reference, mimeType: "image/png" } });
    expect(image.model).toBe("black-forest-labs/flux-kontext-pro");
    const [upload] = mock.requestsFor("replicate-files");
    expect(upload.form!.files.find((file) => file.field === "content")!.data.equals(reference)).toBe(true);
    const [created] = mock.requestsFor("replicate-create");
    expect(created.path).toBe("/v1/models/black-forest-labs/flux-kontext-pro/predictions");
    expect(created.json).toMatchObject({ input: { prompt: request.prompt, input_image: expect.stringMatching(/\/replicate\/files\/file-\d+$/), seed: 7, output_format: "png" } });
  });

  it("passes a 429 to the job layer at once, with its Retry-After (no silent client retries)", async () => {
    mock.enqueue("replicate-create", mockResponses.rateLimited(7));
    const err = await failureOf(createReplicateProvider(settings).generate(request));
    expect(err).toMatchObject({ kind: "transient", code: "rate_limited", status: 429, retryAfterMs: 7000, provider: "replicate" });
    expect(mock.requestsFor("replicate-create")).toHaveLength(1);
  });

  it("treats a 5xx as transient, and the next call succeeds", async () => {
    mock.enqueue("replicate-create", mockResponses.serverError("upstream exploded"));
    const provider = createReplicateProvider(settings);
    expect(await failureOf(provider.generate(request))).toMatchObject({ kind: "transient", status: 500 });
    await expect(provider.generate(request)).resolves.toMatchObject({ provider: "replicate" });
  });

  it("treats a 422 and a content-policy failure as permanent", async () => {
    mock.enqueue("replicate-create", mockResponses.replicateError(422, "- input.aspect_ratio: aspect_ratio must be one of the following"));
    const invalid = await failureOf(createReplicateProvider(settings).generate(request));
    expect(invalid).toMatchObject({ kind: "permanent", status: 422 });
    expect(invalid.message).toMatch(/aspect_ratio must be one of/);

    mock.enqueue("replicate-create", { job: { failWith: "Prediction failed: the input or output was flagged as sensitive. Please try again with different inputs. (E005)" } });
    const refused = await failureOf(createReplicateProvider(settings).generate(request));
    expect(refused).toMatchObject({ kind: "permanent" });
    expect(refused.message).toMatch(/content policy/);
  });

  it("cancels the prediction on Replicate when the job is cancelled", async () => {
    mock.enqueue("replicate-create", { job: { pendingPolls: 1000 } });
    const controller = new AbortController();
    const running = createReplicateProvider(settings).generate(request, { signal: controller.signal });
    await expect.poll(() => mock.requestsFor("replicate-get").length).toBeGreaterThan(0);
    controller.abort(new Error("cancelled by owner"));
    await expect(running).rejects.toThrow("cancelled by owner");
    const [cancel] = mock.requestsFor("replicate-cancel");
    expect(cancel.path).toMatch(/^\/v1\/predictions\/pred-\d+\/cancel$/);
  });

  it("cancels a prediction whose create call was still waiting when the job was cancelled", async () => {
    mock.enqueue("replicate-create", { delayMs: 300, job: { pendingPolls: 1000 } });
    const controller = new AbortController();
    const running = createReplicateProvider(settings).generate(request, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("stop")), 50);
    await expect(running).rejects.toThrow("stop");
    await expect.poll(() => mock.requestsFor("replicate-cancel").length, { timeout: 3000 }).toBe(1);
  });
});
