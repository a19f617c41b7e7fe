import type { Config } from "@/lib/config/env";
import type { ImageProviderInfo } from "../provider-info";
import type { ProviderSupports } from "../types";

export const STABILITY_SUPPORTS: ProviderSupports = { seed: true, negativePrompt: true, reference: true, strength: true, quality: false, grid: true };

/** The aspect ratios Stable Image Core and Ultra take. */
export const STABILITY_ASPECT_RATIOS = ["1:1", "16:9", "21:9", "2:3", "3:2", "4:5", "5:4", "9:16", "9:21"] as const;

/** Ultra takes a reference image itself; Core has no image input, so reference work goes to SD 3.5's image-to-image mode. */
export function stabilityReferenceModel(model: "core" | "ultra") {
  return model === "ultra" ? "ultra" : "sd3.5-large";
}

export function describeStability(config: Config): ImageProviderInfo {
  return {
    name: "stability",
    label: "Stability AI",
    available: Boolean(config.STABILITY_API_KEY),
    reason: config.STABILITY_API_KEY ? undefined : "Set STABILITY_API_KEY to enable Stability AI",
    model: config.STABILITY_MODEL,
    models: { textToImage: config.STABILITY_MODEL, reference: stabilityReferenceModel(config.STABILITY_MODEL) },
    supports: STABILITY_SUPPORTS,
    qualities: [],
    sizes: [...STABILITY_ASPECT_RATIOS],
  };
}
