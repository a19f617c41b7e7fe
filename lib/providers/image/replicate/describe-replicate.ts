import type { Config } from "@/lib/config/env";
import type { ImageProviderInfo } from "../provider-info";
import type { ProviderSupports } from "../types";

/** FLUX on Replicate takes no negative prompt, and Kontext no strength; seeds and a reference image it honours. */
export const REPLICATE_SUPPORTS: ProviderSupports = { seed: true, negativePrompt: false, reference: true, strength: false, quality: false, grid: true };

/** The aspect ratios FLUX dev/schnell take (Kontext takes these and a few more). */
export const REPLICATE_ASPECT_RATIOS = ["1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "3:4", "4:3", "9:16", "9:21"] as const;

export function describeReplicate(config: Config): ImageProviderInfo {
  return {
    name: "replicate",
    label: "Replicate",
    available: Boolean(config.REPLICATE_API_TOKEN),
    reason: config.REPLICATE_API_TOKEN ? undefined : "Set REPLICATE_API_TOKEN to enable Replicate",
    model: config.REPLICATE_MODEL,
    models: { textToImage: config.REPLICATE_MODEL, reference: config.REPLICATE_REFERENCE_MODEL },
    supports: REPLICATE_SUPPORTS,
    qualities: [],
    sizes: [...REPLICATE_ASPECT_RATIOS],
  };
}
