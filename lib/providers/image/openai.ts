import OpenAI, { toFile } from "openai";
import { classifyProviderError, ProviderError } from "./errors";
import { openAIQualities } from "./openai-quality";
import { normalizeImage } from "./normalize-image";
import type { GenerateOptions, ImageProvider, ImageRequest, ProviderSupports } from "./types";

export interface OpenAISettings {
  apiKey: string;
  baseURL?: string;
  /** gpt-image-1 by default; dall-e-3 / dall-e-2 are accepted for generation. */
  model: string;
  /** OPENAI_IMAGE_QUALITY: used when a request names none. */
  quality?: string;
  timeoutMs: number;
}

type OpenAISize = "1024x1024" | "1536x1024" | "1024x1536" | "1792x1024" | "1024x1792" | "512x512" | "256x256";

const SIZES_BY_MODEL: { prefix: string; sizes: OpenAISize[] }[] = [
  { prefix: "dall-e-3", sizes: ["1024x1024", "1792x1024", "1024x1792"] },
  { prefix: "dall-e-2", sizes: ["1024x1024", "512x512", "256x256"] },
  { prefix: "", sizes: ["1024x1024", "1536x1024", "1024x1536"] },
];

/**
 * The negative prompt is passed on in words ("Avoid: …"); the image API takes no seed. dall-e-3 has no
 * edit endpoint, so it cannot work from a reference image (nor make a grid from one).
 */
export function openAISupports(model: string): ProviderSupports {
  const reference = !model.startsWith("dall-e-3");
  return { seed: false, negativePrompt: true, reference, strength: false, quality: openAIQualities(model).length > 0, grid: reference };
}

/** The sizes `model` draws. */
export function OPENAI_SIZES(model: string): readonly OpenAISize[] {
  return SIZES_BY_MODEL.find((entry) => model.startsWith(entry.prefix))!.sizes;
}

/** The supported size closest in aspect ratio (then in area) to width × height; sharp resizes the rest of the way. */
export function pickOpenAISize(model: string, width: number, height: number): OpenAISize {
  const sizes = OPENAI_SIZES(model);
  const score = (size: OpenAISize) => {
    const [w, h] = size.split("x").map(Number);
    return Math.abs(Math.log(w / h) - Math.log(width / height)) * 10 + Math.abs(Math.log((w * h) / (width * height)));
  };
  return sizes.reduce((best, size) => (score(size) < score(best) ? size : best));
}

const EXTENSIONS: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };

// OpenAI image models take no negative prompt; saying it in words is the closest they understand.
function promptWithAvoidances(request: ImageRequest) {
  return request.negativePrompt ? `${request.prompt}\n\nAvoid: ${request.negativePrompt}.` : request.prompt;
}

/** Seeds are not supported by OpenAI's image API: the same request can give a different image. */
export function createOpenAIProvider(settings: OpenAISettings): ImageProvider {
  // maxRetries 0: a 429 or 5xx must reach the job layer, which retries with backoff and shows progress.
  const client = new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseURL, timeout: settings.timeoutMs, maxRetries: 0 });
  const returnsBase64Always = settings.model.startsWith("gpt-image");
  const qualities = openAIQualities(settings.model);

  // The SDK types quality per endpoint; the values were checked against the model before the job was queued.
  function qualityOf(request: ImageRequest): { quality?: "low" | "medium" | "high" | "standard" | "hd" } {
    const quality = request.quality ?? settings.quality;
    return quality && qualities.includes(quality) ? { quality: quality as "low" } : {};
  }

  async function run(request: ImageRequest, signal: AbortSignal | undefined) {
    const size = pickOpenAISize(settings.model, request.width, request.height);
    const prompt = promptWithAvoidances(request);
    if (request.reference) {
      const { data, mimeType } = request.reference;
      const image = await toFile(data, `reference.${EXTENSIONS[mimeType] ?? "png"}`, { type: mimeType });
      // dall-e-3's wide sizes never get here with a working model: dall-e-3 has no edit endpoint.
      const editSize = size as Exclude<OpenAISize, "1792x1024" | "1024x1792">;
      const editQuality = qualityOf(request) as { quality?: "low" | "medium" | "high" | "standard" };
      return client.images.edit({ model: settings.model, image, prompt, size: editSize, n: 1, ...editQuality }, { signal });
    }
    // gpt-image models reject response_format (they always answer in base64).
    const format = returnsBase64Always ? {} : { response_format: "b64_json" as const };
    return client.images.generate({ model: settings.model, prompt, size, n: 1, ...format, ...qualityOf(request) }, { signal });
  }

  return {
    name: "openai",
    model: settings.model,
    referenceModel: settings.model,
    supports: openAISupports(settings.model),
    async generate(request: ImageRequest, options: GenerateOptions = {}) {
      try {
        const response = await run(request, options.signal);
        const b64 = response.data?.[0]?.b64_json;
        if (!b64) throw new ProviderError("OpenAI returned no image data. Try again.", { kind: "transient", provider: "openai" });
        const data = await normalizeImage(Buffer.from(b64, "base64"), request, "openai");
        return { data, mimeType: "image/png", provider: "openai", model: settings.model };
      } catch (err) {
        if (options.signal?.aborted) throw options.signal.reason ?? err;
        throw classifyProviderError(err, { provider: "openai" });
      }
    },
  };
}
