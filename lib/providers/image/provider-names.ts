import { z } from "zod";

/** Every image provider this app has a driver for, in the order the UI lists them. */
export const IMAGE_PROVIDER_NAMES = ["local", "huggingface", "openai", "replicate", "stability", "comfyui"] as const;

export type ImageProviderName = (typeof IMAGE_PROVIDER_NAMES)[number];

/** A provider name in any input (forms, REST, job events); whether it is configured is getImageProvider's question. */
export const imageProviderNameSchema = z.enum(IMAGE_PROVIDER_NAMES, {
  error: `Provider must be one of: ${IMAGE_PROVIDER_NAMES.join(", ")}`,
});

/** How messages name a provider at the start of a sentence ("Hugging Face is rate limiting…"). */
export const PROVIDER_LABELS: Record<ImageProviderName, string> = {
  local: "The local generator",
  huggingface: "Hugging Face",
  openai: "OpenAI",
  replicate: "Replicate",
  stability: "Stability AI",
  comfyui: "ComfyUI",
};

/** A provider's name inside a sentence ("waiting for the local generator"); an unknown name as it is. */
export function providerNameInText(name: string): string {
  const label = (PROVIDER_LABELS as Record<string, string | undefined>)[name];
  return label ? label.replace(/^The /, "the ") : name;
}
