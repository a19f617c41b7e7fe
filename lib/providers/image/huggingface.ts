import { InferenceClient, type InferenceProviderOrPolicy } from "@huggingface/inference";
import { classifyProviderError, parseRetryAfter } from "./errors";
import { normalizeImage } from "./normalize-image";
import type { GenerateOptions, ImageProvider, ImageRequest, ProviderSupports } from "./types";

export interface HuggingFaceSettings {
  token: string;
  /** Text-to-image model, e.g. black-forest-labs/FLUX.1-dev. */
  model: string;
  /** Used when the request carries a reference image, e.g. black-forest-labs/FLUX.1-Kontext-dev. */
  imageToImageModel: string;
  /** A dedicated Inference Endpoint (or a test mock): every request is POSTed to exactly this URL. */
  endpointUrl?: string;
  /** Inference Provider ("fal-ai", "hf-inference", "auto"…); ignored with endpointUrl, which the client forbids combining. */
  provider?: string;
  timeoutMs: number;
  numInferenceSteps?: number;
  guidanceScale?: number;
}

// FLUX.1-dev's and Kontext's recommended settings.
const DEFAULT_STEPS = 28;
const TEXT_GUIDANCE = 3.5;
const EDIT_GUIDANCE = 2.5;

export const HUGGINGFACE_SUPPORTS: ProviderSupports = { seed: true, negativePrompt: true, reference: true, strength: false, quality: false, grid: true };

export function createHuggingFaceProvider(settings: HuggingFaceSettings): ImageProvider {
  const client = new InferenceClient(settings.token);
  const routing = settings.endpointUrl
    ? { endpointUrl: settings.endpointUrl }
    : settings.provider
      ? { provider: settings.provider as InferenceProviderOrPolicy }
      : {};
  const steps = settings.numInferenceSteps ?? DEFAULT_STEPS;

  async function run(request: ImageRequest, signal: AbortSignal, fetchWithRetryAfter: typeof fetch) {
    // retry_on_error: false — the client would otherwise re-send a 503 forever; the job layer owns retries.
    const callOptions = { signal, fetch: fetchWithRetryAfter, retry_on_error: false };
    if (request.reference) {
      return client.imageToImage(
        {
          ...routing,
          model: settings.imageToImageModel,
          inputs: new Blob([new Uint8Array(request.reference.data)], { type: request.reference.mimeType }),
          parameters: {
            prompt: request.prompt,
            negative_prompt: request.negativePrompt,
            num_inference_steps: steps,
            guidance_scale: settings.guidanceScale ?? EDIT_GUIDANCE,
            target_size: { width: request.width, height: request.height },
            seed: request.seed,
            ...(request.strength !== undefined ? { strength: request.strength } : {}),
          },
        },
        callOptions,
      );
    }
    return client.textToImage(
      {
        ...routing,
        model: settings.model,
        inputs: request.prompt,
        parameters: {
          width: request.width,
          height: request.height,
          seed: request.seed,
          negative_prompt: request.negativePrompt,
          num_inference_steps: steps,
          guidance_scale: settings.guidanceScale ?? TEXT_GUIDANCE,
        },
      },
      { ...callOptions, outputType: "blob" },
    );
  }

  return {
    name: "huggingface",
    model: settings.model,
    referenceModel: settings.imageToImageModel,
    supports: HUGGINGFACE_SUPPORTS,
    async generate(request: ImageRequest, options: GenerateOptions = {}) {
      const timeout = AbortSignal.timeout(settings.timeoutMs);
      const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
      // The client's errors drop the response headers, so Retry-After is caught on the way past.
      let retryAfterMs: number | undefined;
      const fetchWithRetryAfter: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        if (!response.ok) retryAfterMs = parseRetryAfter(response.headers);
        return response;
      };
      try {
        const blob = await run(request, signal, fetchWithRetryAfter);
        const data = await normalizeImage(Buffer.from(await blob.arrayBuffer()), request, "huggingface");
        const model = request.reference ? settings.imageToImageModel : settings.model;
        return { data, mimeType: "image/png", provider: "huggingface", model };
      } catch (err) {
        if (options.signal?.aborted) throw options.signal.reason ?? err;
        throw classifyProviderError(err, { provider: "huggingface", retryAfterMs });
      }
    },
  };
}
