import type { Config } from "@/lib/config/env";
import type { ImageProviderInfo } from "../provider-info";
import type { ProviderSupports } from "../types";
import { loadComfyWorkflows, type ComfyWorkflows } from "./load-comfy-workflows";

export const COMFYUI_MODEL = "comfyui-workflow";

/** What the workflows can take: a negative prompt or a strength only where a placeholder receives it. */
export function comfySupports(workflows: ComfyWorkflows): ProviderSupports {
  const reference = workflows.reference;
  const negativePrompt =
    workflows.textToImage.placeholders.has("negative_prompt") && (!reference || reference.placeholders.has("negative_prompt"));
  return {
    seed: true,
    negativePrompt,
    reference: Boolean(reference),
    strength: Boolean(reference?.placeholders.has("strength")),
    quality: false,
    grid: Boolean(reference),
  };
}

export function describeComfyUI(config: Config): ImageProviderInfo {
  const base = { name: "comfyui" as const, label: "ComfyUI (your GPU)", qualities: [], sizes: ["any"] };
  let workflows: ComfyWorkflows | undefined;
  let problem: string | undefined;
  try {
    workflows = loadComfyWorkflows(config.COMFYUI_WORKFLOW_DIR);
  } catch (error) {
    problem = (error as Error).message;
  }
  const supports = workflows ? comfySupports(workflows) : { seed: true, negativePrompt: true, reference: true, strength: true, quality: false, grid: true };
  const models = { textToImage: workflows?.textToImage.model ?? COMFYUI_MODEL, reference: workflows?.reference?.model ?? null };
  const reason = !config.COMFYUI_URL ? "Set COMFYUI_URL to enable ComfyUI" : problem;
  return { ...base, available: !reason, reason, model: models.textToImage, models, supports };
}
