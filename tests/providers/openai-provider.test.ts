import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createOpenAIProvider, pickOpenAISize, type OpenAISettings } from "@/lib/providers/image/openai";
import { ProviderError } from "@/lib/providers/image/errors";
import { mockResponses, startMockModelServer, type MockModelServer } from "../support/mock-model-server";

let mock: MockModelServer;
let settings: OpenAISettings;
const request = { prompt: "portrait photo of a man", negativePrompt: "cartoon, watermark", width: 832, height: 1216, seed: 1 };

async function failureOf(promise: Promise<unknown>) {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ProviderError);
  return err as ProviderError;
}

beforeAll(async () => {
  mock = await startMockModelServer();
  settings = { apiKey: "sk-test", baseURL: mock.openaiBaseUrl, model: "gpt-image-1", timeoutMs: 5_000 };
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

describe("pickOpenAISize", () => {
  it("maps to the nearest supported size by aspect ratio", () => {
    expect(pickOpenAISize("gpt-image-1", 1024, 1024)).toBe("1024x1024");
    expect(pickOpenAISize("gpt-image-1", 512, 512)).toBe("1024x1024");
    expect(pickOpenAISize("gpt-image-1", 832, 1216)).toBe("1024x1536");
    expect(pickOpenAISize("gpt-image-1", 1216, 832)).toBe("1536x1024");
    expect(pickOpenAISize("dall-e-3", 1024, 1536)).toBe("1024x1792");
    expect(pickOpenAISize("dall-e-2", 512, 512)).toBe("512x512");
  });
});

describe("OpenAI provider (real openai SDK against the mock)", () => {
  it("generates at the nearest supported size, then resizes to the requested size", async () => {
    const image = await createOpenAIProvider(settings).generate(request);
    expect(image).toMatchObject({ mimeType: "image/png", provider: "openai", model: "gpt-image-1" });
    expect(await sharp(image.data).metadata()).toMatchObject({ format: "png", width: 832, height: 1216 });

    const [sent] = mock.requestsFor("openai-generations");
    expect(sent.headers.authorization).toBe("Bearer sk-test");
    expect(sent.json).toMatchObject({ model: "gpt-image-1", size: "1024x1536", n: 1 });
    const body = sent.json as { prompt: string; response_format?: string };
    expect(body.prompt).toContain(request.prompt);
    expect(body.prompt).toContain("Avoid: cartoon, watermark");
    expect(body.response_format).toBeUndefined();
  });

  it("sends quality: the request's, else OPENAI_IMAGE_QUALITY's default, else none", async () => {
    await createOpenAIProvider(settings).generate(request);
    await createOpenAIProvider({ ...settings, quality: "medium" }).generate(request);
    await createOpenAIProvider({ ...settings, quality: "medium" }).generate({ ...request, quality: "high" });
    await createOpenAIProvider({ ...settings, model: "dall-e-3", quality: "hd" }).generate(request);
    const sent = mock.requestsFor("openai-generations").map((req) => (req.json as { quality?: string }).quality);
    expect(sent).toEqual([undefined, "medium", "high", "hd"]);
  });

  it("edits with the reference image sent as a multipart file", async () => {
    const reference = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#00ff00" } }).png().toBuffer();
    const image = await createOpenAIProvider(settings).generate({ ...request, reference: { data: reference, mimeType: "image/png" } });
    expect(await sharp(image.data).metadata()).toMatchObject({ width: 832, height: 1216 });

    const [sent] = mock.requestsFor("openai-edits");
    expect(sent.headers["content-type"]).toMatch(/^multipart\/form-data/);
    expect(sent.form?.fields).toMatchObject({ model: "gpt-image-1", size: "1024x1536", n: "1" });
    expect(sent.form?.fields.prompt).toContain(request.prompt);
    const file = sent.form!.files.find((f) => f.field === "image")!;
    expect(file).toMatchObject({ filename: "reference.png", type: "image/png" });
    expect(file.data.equals(reference)).toBe(true);
    expect(mock.requestsFor("openai-generations")).toHaveLength(0);
  });

  it("a content-policy refusal is permanent with a message a person can act on", async () => {
    mock.enqueue("openai-generations", mockResponses.openaiContentPolicy());
    const err = await failureOf(createOpenAIProvider(settings).generate(request));
    expect(err).toMatchObject({ kind: "permanent", status: 400, provider: "openai" });
    expect(err.message).toMatch(/^OpenAI content policy refused the prompt/);
  });

  it("a 429 is transient with Retry-After, is not retried by the SDK, and the next call succeeds", async () => {
    mock.enqueue("openai-generations", {
      ...mockResponses.openaiError(429, "Rate limit reached for images", "rate_limit_exceeded", "requests"),
      headers: { "retry-after": "7" },
    });
    const provider = createOpenAIProvider(settings);
    const err = await failureOf(provider.generate(request));
    expect(err).toMatchObject({ kind: "transient", status: 429, retryAfterMs: 7000 });
    expect(mock.requestsFor("openai-generations")).toHaveLength(1);
    await expect(provider.generate(request)).resolves.toMatchObject({ provider: "openai" });
  });

  it("a 500 is transient, a 401 permanent and points at OPENAI_API_KEY", async () => {
    mock.enqueue("openai-generations", mockResponses.openaiError(500, "The server had an error", null, "server_error"));
    mock.enqueue("openai-generations", mockResponses.openaiError(401, "Incorrect API key provided", "invalid_api_key"));
    const provider = createOpenAIProvider(settings);
    expect(await failureOf(provider.generate(request))).toMatchObject({ kind: "transient", status: 500 });
    const unauthorized = await failureOf(provider.generate(request));
    expect(unauthorized).toMatchObject({ kind: "permanent", status: 401 });
    expect(unauthorized.message).toContain("OPENAI_API_KEY");
  });

  it("a timeout is transient", async () => {
    mock.enqueue("openai-generations", { delayMs: 3_000 });
    const err = await failureOf(createOpenAIProvider({ ...settings, timeoutMs: 300 }).generate(request));
    expect(err.kind).toBe("transient");
    expect(err.message).toContain("PROVIDER_TIMEOUT_MS");
  });
});
