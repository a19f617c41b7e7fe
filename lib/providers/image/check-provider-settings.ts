import type { Config } from "@/lib/config/env";
import { loadComfyWorkflows } from "./comfyui/load-comfy-workflows";

/** Start-up: ComfyUI workflows (shipped or COMFYUI_WORKFLOW_DIR's) are read and checked; a bad one stops the server naming its file. */
export function checkProviderSettings(config: Config) {
  if (config.COMFYUI_URL || config.COMFYUI_WORKFLOW_DIR) loadComfyWorkflows(config.COMFYUI_WORKFLOW_DIR);
}
