import { getConfig, type Config } from "@/lib/config/env";
import { AppError } from "@/lib/errors";
import { createHuggingFaceProvider } from "./huggingface";
import { createLocalProvider, LOCAL_MODEL } from "./local";
import { createOpenAIProvider } from "./openai";
import { IMAGE_PROVIDER_NAMES, type ImageProviderName } from "./provider-names";
import type { ImageProvider } from "./types";

export type { GeneratedImage, ImageLook, ImageProvider, ImageRequest } from "./types";
export { IMAGE_PROVIDER_NAMES, imageProviderNameSchema, type ImageProviderName } from "./provider-names";
export { ProviderError, classifyProviderError } from "./errors";

export interface ImageProviderInfo {
  name: ImageProviderName;
  label: string;
  available: boolean;
  /** Why it is unavailable and how to enable it. */
  reason?: string;
  model: string;
  supportsReference: boolean;
}

/** Every provider with whether this installation can use it; the UI greys out the unavailable ones. */
export function listImageProviders(config: Config = getConfig()): ImageProviderInfo[] {
  return [
    { name: "local", label: "Local (offline illustrated avatars)", available: true, model: LOCAL_MODEL, supportsReference: true },
    {
      name: "huggingface",
      label: "Hugging Face",
      available: Boolean(config.HF_TOKEN),
      reason: config.HF_TOKEN ? undefined : "Set HF_TOKEN to enable Hugging Face",
      model: config.HF_MODEL,
      supportsReference: true,
    },
    {
      name: "openai",
      label: "OpenAI",
      available: Boolean(config.OPENAI_API_KEY),
      reason: config.OPENAI_API_KEY ? undefined : "Set OPENAI_API_KEY to enable OpenAI",
      model: config.OPENAI_IMAGE_MODEL,
      supportsReference: true,
    },
  ];
}

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
        timeoutMs: config.PROVIDER_TIMEOUT_MS,
      });
    default:
      throw unavailable(`Unknown image provider "${name}". Choose one of: ${IMAGE_PROVIDER_NAMES.join(", ")}`);
  }
}
