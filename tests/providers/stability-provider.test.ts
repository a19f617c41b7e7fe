import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ProviderError } from "@/lib/providers/image/errors";
import { createStabilityProvider, type StabilitySettings } from "@/lib/providers/image/stability/stability-provider";
import { mockResponses, startMockModelServer, type MockModelServer } from "../support/mock-model-server";

let mock: MockModelServer;
let settings: StabilitySettings;
const request = { prompt: "portrait photo of a man", negativePrompt: "cartoon", width: 1216, height: 832, seed: 3 };

async function failureOf(promise: Promise<unknown>) {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ProviderError);
  return err as ProviderError;
}

beforeAll(async () => {
  mock = await startMockModelServer();
  settings = { apiKey: "sk-st", baseUrl: mock.stabilityBaseUrl, model: "core", timeoutMs: 5_000 };
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

describe("Stability AI provider (fetch against the mock)", () => {
  it("posts a multipart Core request with prompt, negative prompt, seed, aspect ratio and PNG output", async () => {
    const image = await createStabilityProvider(settings).generate(request);
    expect(image).toMatchObject({ provider: "stability", model: "core" });
    expect(await sharp(image.data).metadata()).toMatchObject({ format: "png", width: 1216, height: 832 });
    const [sent] = mock.requestsFor("stability");
    expect(sent.path).toBe("/v2beta/stable-image/generate/core");
    expect(sent.headers).toMatchObject({ authorization: "Bearer sk-st", accept: "application/json" });
    expect(sent.form!.fields).toEqual({ prompt: request.prompt, negative_prompt: "cartoon", seed: "3", output_format: "png", aspect_ratio: "3:2" });
  });

  it("sends the reference image with a strength: SD 3.5 image-to-image for Core, Ultra's own image input for Ultra", async () => {
    const reference = await sharp({ create: { width: 96, height: 64, channels: 3, background: "#123456" } }).png().toBuffer();
    const withReference = { ...request, reference: { data: reference, mimeType: "image/png" }, strength: 0.3 };
    const core = await createStabilityProvider(settings).generate(withReference);
    expect(core.model).toBe("sd3.5-large");
    const [sd3] = mock.requestsFor("stability");
    expect(sd3.path).toBe("/v2beta/stable-image/generate/sd3");
    expect(sd3.form!.fields).toMatchObject({ mode: "image-to-image", model: "sd3.5-large", strength: "0.3" });
    expect(sd3.form!.files[0]).toMatchObject({ field: "image", type: "image/png" });
    expect(sd3.form!.files[0].data.equals(reference)).toBe(true);

    mock.reset();
    await createStabilityProvider({ ...settings, model: "ultra" }).generate(withReference);
    const [ultra] = mock.requestsFor("stability");
    expect(ultra.path).toBe("/v2beta/stable-image/generate/ultra");
    expect(ultra.form!.fields.strength).toBe("0.3");
    expect(ultra.form!.files[0].data.equals(reference)).toBe(true);
  });

  it("classifies its error codes: 429 with Retry-After and 5xx transient; 400, 403 content moderation and a filtered result permanent", async () => {
    const provider = createStabilityProvider(settings);
    mock.enqueue("stability", { ...mockResponses.stabilityError(429, "rate_limit_exceeded", "You have exceeded the rate limit"), headers: { "retry-after": "3" } });
    expect(await failureOf(provider.generate(request))).toMatchObject({ kind: "transient", code: "rate_limited", retryAfterMs: 3000 });

    mock.enqueue("stability", mockResponses.stabilityError(500, "internal_error", "An unexpected server error occurred"));
    expect(await failureOf(provider.generate(request))).toMatchObject({ kind: "transient", status: 500 });
    await expect(provider.generate(request)).resolves.toMatchObject({ provider: "stability" });

    mock.enqueue("stability", mockResponses.stabilityError(400, "bad_request", "prompt: cannot be empty"));
    const bad = await failureOf(provider.generate(request));
    expect(bad).toMatchObject({ kind: "permanent", status: 400 });
    expect(bad.message).toMatch(/prompt: cannot be empty/);

    mock.enqueue("stability", mockResponses.stabilityError(403, "content_moderation", "Your request was flagged by our content moderation system"));
    const moderated = await failureOf(provider.generate(request));
    expect(moderated).toMatchObject({ kind: "permanent" });
    expect(moderated.message).toMatch(/content policy/);

    mock.enqueue("stability", { status: 200, body: { image: "", finish_reason: "CONTENT_FILTERED", seed: 3 } });
    expect(await failureOf(provider.generate(request))).toMatchObject({ kind: "permanent" });
  });

  it("rethrows the job's abort as is", async () => {
    mock.enqueue("stability", { delayMs: 2000 });
    const controller = new AbortController();
    const running = createStabilityProvider(settings).generate(request, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("cancelled")), 50);
    await expect(running).rejects.toThrow("cancelled");
  });
});
