import { classifyProviderError, ProviderError } from "../errors";
import { normalizeImage } from "../normalize-image";
import { pickAspectRatio } from "../provider-info";
import type { GenerateOptions, ImageProvider, ImageRequest } from "../types";
import { STABILITY_ASPECT_RATIOS, STABILITY_SUPPORTS, stabilityReferenceModel } from "./describe-stability";

export interface StabilitySettings {
  apiKey: string;
  /** The API's origin, e.g. https://api.stability.ai. */
  baseUrl: string;
  model: "core" | "ultra";
  timeoutMs: number;
}

/** How far from the reference image-to-image goes when the request names no strength. */
export const DEFAULT_STABILITY_STRENGTH = 0.5;

const EXTENSIONS: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };

/** The endpoint and multipart fields for one request (Core/Ultra text-to-image, Ultra or SD 3.5 image-to-image). */
function formFor(request: ImageRequest, model: "core" | "ultra") {
  const form = new FormData();
  form.append("prompt", request.prompt);
  if (request.negativePrompt) form.append("negative_prompt", request.negativePrompt);
  form.append("seed", String(request.seed));
  form.append("output_format", "png");
  if (!request.reference) {
    form.append("aspect_ratio", pickAspectRatio(STABILITY_ASPECT_RATIOS, request.width, request.height));
    return { path: `/v2beta/stable-image/generate/${model}`, form };
  }
  const { data, mimeType } = request.reference;
  form.append("image", new Blob([new Uint8Array(data)], { type: mimeType }), `reference.${EXTENSIONS[mimeType] ?? "png"}`);
  form.append("strength", String(request.strength ?? DEFAULT_STABILITY_STRENGTH));
  if (model === "ultra") return { path: "/v2beta/stable-image/generate/ultra", form };
  form.append("mode", "image-to-image");
  form.append("model", stabilityReferenceModel(model));
  return { path: "/v2beta/stable-image/generate/sd3", form };
}

/** Stability's error body `{ name, errors: [...] }` in the shape classifyProviderError reads. */
async function failureOf(response: Response) {
  const text = await response.text();
  let body: { name?: string; errors?: string[]; message?: string };
  try {
    body = JSON.parse(text);
  } catch {
    body = { message: text };
  }
  const message = body.errors?.join("; ") || body.message || `HTTP ${response.status}`;
  return { status: response.status, error: { message, code: body.name }, headers: response.headers, message };
}

/** Stable Image Core or Ultra over its REST API (multipart in, JSON with a base64 PNG out). */
export function createStabilityProvider(settings: StabilitySettings): ImageProvider {
  const referenceModel = stabilityReferenceModel(settings.model);

  async function generate(request: ImageRequest, options: GenerateOptions = {}) {
    const deadline = AbortSignal.timeout(settings.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
    const { path, form } = formFor(request, settings.model);
    try {
      const response = await fetch(new URL(path, settings.baseUrl), {
        method: "POST",
        headers: { authorization: `Bearer ${settings.apiKey}`, accept: "application/json" },
        body: form,
        signal,
      });
      if (!response.ok) throw classifyProviderError(await failureOf(response), { provider: "stability" });
      const body = (await response.json()) as { image?: string; finish_reason?: string };
      if (body.finish_reason === "CONTENT_FILTERED") {
        throw new ProviderError("Stability AI content policy refused the prompt. Rephrase it and try again.", { kind: "permanent", provider: "stability" });
      }
      if (!body.image) throw new ProviderError("Stability AI returned no image. Try again.", { kind: "transient", provider: "stability" });
      const data = await normalizeImage(Buffer.from(body.image, "base64"), request, "stability");
      return { data, mimeType: "image/png" as const, provider: "stability" as const, model: request.reference ? referenceModel : settings.model };
    } catch (err) {
      if (options.signal?.aborted) throw options.signal.reason ?? err;
      throw classifyProviderError(err, { provider: "stability" });
    }
  }

  return { name: "stability", model: settings.model, referenceModel, supports: STABILITY_SUPPORTS, generate };
}
