import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createHuggingFaceProvider, type HuggingFaceSettings } from "@/lib/providers/image/huggingface";
import { ProviderError } from "@/lib/providers/image/errors";
import { mockResponses, startMockModelServer, type MockModelServer } from "../support/mock-model-server";

let mock: MockModelServer;
let settings: HuggingFaceSettings;
const request = { prompt: "portrait photo of a woman", negativePrompt: "blurry", width: 832, height: 1216, seed: 42 };

async function failureOf(promise: Promise<unknown>) {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ProviderError);
  return err as ProviderError;
}

beforeAll(async () => {
  mock = await startMockModelServer();
  settings = {
    token: "hf_test_token",
    model: "black-forest-labs/FLUX.1-dev",
    imageToImageModel: "black-forest-labs/FLUX.1-Kontext-dev",
    endpointUrl: mock.huggingFaceUrl,
    timeoutMs: 5_000,
  };
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

describe("Hugging Face provider (real InferenceClient against the mock)", () => {
  it("sends text-to-image parameters and returns a PNG of exactly the requested size", async () => {
    const image = await createHuggingFaceProvider(settings).generate(request);
    expect(image).toMatchObject({ mimeType: "image/png", provider: "huggingface", model: settings.model });
    expect(await sharp(image.data).metadata()).toMatchObject({ format: "png", width: 832, height: 1216 });

    const [sent] = mock.requestsFor("huggingface");
    expect(sent.headers.authorization).toBe("Bearer hf_test_token");
    expect(sent.json).toMatchObject({
      inputs: request.prompt,
      parameters: { width: 832, height: 1216, seed: 42, negative_prompt: "blurry", num_inference_steps: 28, guidance_scale: 3.5 },
    });
  });

  it("normalizes an answer of another size and format to the requested PNG size", async () => {
    const jpeg = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#884422" } }).jpeg().toBuffer();
    mock.enqueue("huggingface", { status: 200, headers: { "content-type": "image/jpeg" }, body: jpeg });
    const image = await createHuggingFaceProvider(settings).generate({ ...request, width: 512, height: 512 });
    expect(await sharp(image.data).metadata()).toMatchObject({ format: "png", width: 512, height: 512 });
  });

  it("sends the reference image in base64 to the image-to-image model", async () => {
    const reference = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#ff0000" } }).png().toBuffer();
    const image = await createHuggingFaceProvider(settings).generate({ ...request, reference: { data: reference, mimeType: "image/png" } });
    expect(image.model).toBe(settings.imageToImageModel);

    const sent = mock.requestsFor("huggingface")[0].json as { inputs: string; parameters: Record<string, unknown> };
    expect(Buffer.from(sent.inputs, "base64").equals(reference)).toBe(true);
    expect(sent.parameters).toMatchObject({ prompt: request.prompt, negative_prompt: "blurry", target_size: { width: 832, height: 1216 }, seed: 42 });
  });

  it("a refine's strength goes to the image-to-image call as strength", async () => {
    const reference = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#00ff00" } }).png().toBuffer();
    await createHuggingFaceProvider(settings).generate({ ...request, reference: { data: reference, mimeType: "image/png" }, strength: 0.35 });
    const sent = mock.requestsFor("huggingface")[0].json as { parameters: Record<string, unknown> };
    expect(sent.parameters.strength).toBe(0.35);
  });

  it("a 429 is transient with Retry-After, and the next call succeeds", async () => {
    mock.enqueue("huggingface", mockResponses.rateLimited(3));
    const provider = createHuggingFaceProvider(settings);
    const err = await failureOf(provider.generate(request));
    expect(err).toMatchObject({ kind: "transient", status: 429, retryAfterMs: 3000, provider: "huggingface" });
    expect(err.message).toContain("rate limiting");
    await expect(provider.generate(request)).resolves.toMatchObject({ provider: "huggingface" });
    expect(mock.requestsFor("huggingface")).toHaveLength(2);
  });

  it("a 500 is transient", async () => {
    mock.enqueue("huggingface", mockResponses.serverError("CUDA out of memory"));
    const err = await failureOf(createHuggingFaceProvider(settings).generate(request));
    expect(err).toMatchObject({ kind: "transient", status: 500 });
    expect(err.message).toContain("CUDA out of memory");
  });

  it("a 503 is not retried forever by the client: it comes back as transient", async () => {
    mock.enqueue("huggingface", { status: 503, body: { error: "Model is loading" } });
    const err = await failureOf(createHuggingFaceProvider(settings).generate(request));
    expect(err).toMatchObject({ kind: "transient", status: 503 });
    expect(mock.requestsFor("huggingface")).toHaveLength(1);
  });

  it("a 400 is permanent, with the provider's reason in the message", async () => {
    mock.enqueue("huggingface", mockResponses.badRequest("width must be a multiple of 16"));
    const err = await failureOf(createHuggingFaceProvider(settings).generate(request));
    expect(err).toMatchObject({ kind: "permanent", status: 400 });
    expect(err.message).toBe("Hugging Face rejected the request: width must be a multiple of 16");
  });

  it("a 401 is permanent and points at HF_TOKEN", async () => {
    mock.enqueue("huggingface", mockResponses.badRequest("Invalid credentials in Authorization header", 401));
    const err = await failureOf(createHuggingFaceProvider(settings).generate(request));
    expect(err).toMatchObject({ kind: "permanent", status: 401 });
    expect(err.message).toContain("HF_TOKEN");
  });

  it("a slow answer past the timeout is transient", async () => {
    mock.enqueue("huggingface", { delayMs: 3_000 });
    const err = await failureOf(createHuggingFaceProvider({ ...settings, timeoutMs: 300 }).generate(request));
    expect(err.kind).toBe("transient");
    expect(err.message).toContain("PROVIDER_TIMEOUT_MS");
  });

  it("a caller's abort is rethrown as the abort, not as a provider failure", async () => {
    mock.enqueue("huggingface", { delayMs: 3_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("cancelled by user")), 100);
    await expect(createHuggingFaceProvider(settings).generate(request, { signal: controller.signal })).rejects.toThrow("cancelled by user");
  });

  it("an unreachable endpoint is transient", async () => {
    const err = await failureOf(createHuggingFaceProvider({ ...settings, endpointUrl: "http://127.0.0.1:1/x" }).generate(request));
    expect(err.kind).toBe("transient");
    expect(err.message).toContain("Could not reach Hugging Face");
  });
});
