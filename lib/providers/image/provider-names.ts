import { z } from "zod";

/** Every image provider this app has a driver for, in the order the UI lists them. */
export const IMAGE_PROVIDER_NAMES = ["local", "huggingface", "openai", "replicate", "stability", "comfyui"] as const;

export type ImageProviderName = (typeof IMAGE_PROVIDER_NAMES)[number];

/** A provider name in any input (forms, REST, job events); whether it is configured is getImageProvider's question. */
export const imageProviderNameSchema = z.enum(IMAGE_PROVIDER_NAMES, {
  error: `Provider must be one of: ${IMAGE_PROVIDER_NAMES.join(", ")}`,
});
