import type { PriceEntry } from "./price-entry";

/**
 * What one image costs with the models the app ships with, in USD, at 1024×1024 (list prices as published;
 * PRICES_FILE overrides or adds entries). A model without an entry is priced by its provider's "*" entry.
 */
export const DEFAULT_PRICES: PriceEntry[] = [
  // The offline illustrated generator runs on this server's CPU.
  { provider: "local", model: "*", usdPerImage: 0 },

  // OpenAI image pricing, 1024×1024: https://platform.openai.com/docs/pricing (Image generation).
  { provider: "openai", model: "gpt-image-1", quality: "low", usdPerImage: 0.011 },
  { provider: "openai", model: "gpt-image-1", quality: "medium", usdPerImage: 0.042 },
  { provider: "openai", model: "gpt-image-1", quality: "high", usdPerImage: 0.167 },
  { provider: "openai", model: "gpt-image-1", usdPerImage: 0.042 },
  { provider: "openai", model: "gpt-image-1-mini", quality: "low", usdPerImage: 0.005 },
  { provider: "openai", model: "gpt-image-1-mini", quality: "medium", usdPerImage: 0.011 },
  { provider: "openai", model: "gpt-image-1-mini", quality: "high", usdPerImage: 0.036 },
  { provider: "openai", model: "gpt-image-1-mini", usdPerImage: 0.011 },
  { provider: "openai", model: "dall-e-3", quality: "standard", usdPerImage: 0.04 },
  { provider: "openai", model: "dall-e-3", quality: "hd", usdPerImage: 0.08 },
  { provider: "openai", model: "dall-e-3", usdPerImage: 0.04 },
  { provider: "openai", model: "dall-e-2", usdPerImage: 0.02 },
  { provider: "openai", model: "*", usdPerImage: 0.042 },

  // Hugging Face Inference Providers bill the serving provider's price; fal's FLUX.1 [dev] and Kontext [dev]
  // are $0.025 per megapixel (https://fal.ai/pricing), one megapixel at 1024×1024.
  { provider: "huggingface", model: "black-forest-labs/FLUX.1-dev", usdPerImage: 0.025 },
  { provider: "huggingface", model: "black-forest-labs/FLUX.1-Kontext-dev", usdPerImage: 0.025 },
  { provider: "huggingface", model: "black-forest-labs/FLUX.1-schnell", usdPerImage: 0.003 },
  { provider: "huggingface", model: "*", usdPerImage: 0.025 },

  // Replicate per-image prices for the FLUX models: https://replicate.com/pricing (and each model's page).
  { provider: "replicate", model: "black-forest-labs/flux-dev", usdPerImage: 0.025 },
  { provider: "replicate", model: "black-forest-labs/flux-schnell", usdPerImage: 0.003 },
  { provider: "replicate", model: "black-forest-labs/flux-1.1-pro", usdPerImage: 0.04 },
  { provider: "replicate", model: "black-forest-labs/flux-kontext-pro", usdPerImage: 0.04 },
  { provider: "replicate", model: "black-forest-labs/flux-kontext-max", usdPerImage: 0.08 },
  { provider: "replicate", model: "*", usdPerImage: 0.04 },

  // Stability AI credits at $0.01 each: Core 3, Ultra 8, SD 3.5 Large 6.5: https://platform.stability.ai/pricing.
  { provider: "stability", model: "core", usdPerImage: 0.03 },
  { provider: "stability", model: "ultra", usdPerImage: 0.08 },
  { provider: "stability", model: "sd3.5-large", usdPerImage: 0.065 },
  { provider: "stability", model: "sd3.5-medium", usdPerImage: 0.035 },
  { provider: "stability", model: "*", usdPerImage: 0.03 },

  // The team's own GPU: free here; a PRICES_FILE entry can count power or rental.
  { provider: "comfyui", model: "*", usdPerImage: 0 },
];
