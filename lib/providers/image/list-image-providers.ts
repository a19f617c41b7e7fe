import { getConfig, type Config } from "@/lib/config/env";
import { describeComfyUI } from "./comfyui/describe-comfyui";
import { HUGGINGFACE_SUPPORTS } from "./huggingface";
import { LOCAL_MODEL, LOCAL_SUPPORTS } from "./local";
import { OPENAI_SIZES, openAISupports } from "./openai";
import { openAIQualities } from "./openai-quality";
import { describeReplicate } from "./replicate/describe-replicate";
import { describeStability } from "./stability/describe-stability";
import type { ImageProviderInfo } from "./provider-info";
import type { ImageProviderName } from "./types";

function local(): ImageProviderInfo {
  return {
    name: "local",
    label: "Local (offline illustrated avatars)",
    available: true,
    model: LOCAL_MODEL,
    models: { textToImage: LOCAL_MODEL, reference: LOCAL_MODEL },
    supports: LOCAL_SUPPORTS,
    qualities: [],
    sizes: ["any"],
  };
}

function huggingFace(config: Config): ImageProviderInfo {
  return {
    name: "huggingface",
    label: "Hugging Face",
    available: Boolean(config.HF_TOKEN),
    reason: config.HF_TOKEN ? undefined : "Set HF_TOKEN to enable Hugging Face",
    model: config.HF_MODEL,
    models: { textToImage: config.HF_MODEL, reference: config.HF_IMAGE_TO_IMAGE_MODEL },
    supports: HUGGINGFACE_SUPPORTS,
    qualities: [],
    sizes: ["any"],
  };
}

function openAI(config: Config): ImageProviderInfo {
  const model = config.OPENAI_IMAGE_MODEL;
  const qualities = openAIQualities(model);
  const supports = openAISupports(model);
  return {
    name: "openai",
    label: "OpenAI",
    available: Boolean(config.OPENAI_API_KEY),
    reason: config.OPENAI_API_KEY ? undefined : "Set OPENAI_API_KEY to enable OpenAI",
    model,
    models: { textToImage: model, reference: supports.reference ? model : null },
    supports,
    qualities,
    defaultQuality: config.OPENAI_IMAGE_QUALITY,
    sizes: [...OPENAI_SIZES(model)],
  };
}

/** Every provider with what it can do and whether this installation can use it, in IMAGE_PROVIDER_NAMES order. */
export function listImageProviders(config: Config = getConfig()): ImageProviderInfo[] {
  return [local(), huggingFace(config), openAI(config), describeReplicate(config), describeStability(config), describeComfyUI(config)];
}

/** One provider's entry; undefined for an unknown name. */
export function findImageProviderInfo(name: string, config: Config = getConfig()): ImageProviderInfo | undefined {
  return listImageProviders(config).find((provider) => provider.name === (name as ImageProviderName));
}
