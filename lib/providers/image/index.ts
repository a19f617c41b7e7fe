import { getConfig, type Config } from "@/lib/config/env";
import { AppError } from "@/lib/errors";
import { assertProviderOptions, type RequestedProviderOptions } from "./assert-provider-options";
import { createComfyUIProvider } from "./comfyui/comfyui-provider";
import { createHuggingFaceProvider } from "./huggingface";
import { createLocalProvider } from "./local";
import { createOpenAIProvider } from "./openai";
import { IMAGE_PROVIDER_NAMES } from "./provider-names";
import { createReplicateProvider } from "./replicate/replicate-provider";
import { createStabilityProvider } from "./stability/stability-provider";
import type { ImageProvider } from "./types";

export type { GeneratedImage, ImageLook, ImageProvider, ImageRequest, ProviderSupports } from "./types";
export type { ImageProviderInfo } from "./provider-info";
export type { RequestedProviderOptions } from "./assert-provider-options";
export { IMAGE_PROVIDER_NAMES, imageProviderNameSchema, type ImageProviderName } from "./provider-names";
export { ProviderError, classifyProviderError } from "./errors";
export { listImageProviders, findImageProviderInfo } from "./list-image-providers";
export { assertProviderOptions } from "./assert-provider-options";

function unavailable(message: string) {
  return new AppError(message, "provider_unavailable");
}

/** The provider called `name`, configured from the environment; an AppError `provider_unavailable` when unknown or not configured. */
export function getImageProvider(name: string, config: Config = getConfig()): ImageProvider {
  switch (name) {
    case "local":
      return createLocalProvider();
    case "huggingface":
      if (!config.HF_TOKEN) throw unavailable("huggingface is not available. Check HF_TOKEN configuration");
      return createHuggingFaceProvider({
        token: config.HF_TOKEN,
        model: config.HF_MODEL,
        imageToImageModel: config.HF_IMAGE_TO_IMAGE_MODEL,
        endpointUrl: config.HF_ENDPOINT_URL,
        provider: config.HF_PROVIDER,
        timeoutMs: config.PROVIDER_TIMEOUT_MS,
      });
    case "openai":
      if (!config.OPENAI_API_KEY) throw unavailable("openai is not available. Check OPENAI_API_KEY configuration");
      return createOpenAIProvider({
        apiKey: config.OPENAI_API_KEY,
        baseURL: config.OPENAI_BASE_URL,
        model: config.OPENAI_IMAGE_MODEL,
        quality: config.OPENAI_IMAGE_QUALITY,
        timeoutMs: config.PROVIDER_TIMEOUT_MS,
      });
    case "replicate":
      if (!config.REPLICATE_API_TOKEN) throw unavailable("replicate is not available. Check REPLICATE_API_TOKEN configuration");
      return createReplicateProvider({
        token: config.REPLICATE_API_TOKEN,
        baseUrl: config.REPLICATE_BASE_URL,
        model: config.REPLICATE_MODEL,
        referenceModel: config.REPLICATE_REFERENCE_MODEL,
        timeoutMs: config.PROVIDER_TIMEOUT_MS,
      });
    case "stability":
      if (!config.STABILITY_API_KEY) throw unavailable("stability is not available. Check STABILITY_API_KEY configuration");
      return createStabilityProvider({
        apiKey: config.STABILITY_API_KEY,
        baseUrl: config.STABILITY_BASE_URL,
        model: config.STABILITY_MODEL,
        timeoutMs: config.PROVIDER_TIMEOUT_MS,
      });
    case "comfyui":
      if (!config.COMFYUI_URL) throw unavailable("comfyui is not available. Check COMFYUI_URL configuration");
      try {
        return createComfyUIProvider({ url: config.COMFYUI_URL, workflowDir: config.COMFYUI_WORKFLOW_DIR, timeoutMs: config.PROVIDER_TIMEOUT_MS });
      } catch (error) {
        throw unavailable(`comfyui is not available: ${(error as Error).message}`);
      }
    default:
      throw unavailable(`Unknown image provider "${name}". Choose one of: ${IMAGE_PROVIDER_NAMES.join(", ")}`);
  }
}

/**
 * The provider for a request, after refusing (400, naming the option) anything it cannot honour; the one
 * call every door makes before a generation row is written.
 */
export function getImageProviderFor(name: string, requested: RequestedProviderOptions, config: Config = getConfig()): ImageProvider {
  const provider = getImageProvider(name, config);
  assertProviderOptions(name, requested, config);
  return provider;
}
