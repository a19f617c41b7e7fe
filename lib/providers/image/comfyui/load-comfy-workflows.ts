import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import referenceWorkflow from "./workflows/reference.json";
import textToImageWorkflow from "./workflows/text-to-image.json";

export const COMFY_PLACEHOLDERS = ["prompt", "negative_prompt", "seed", "width", "height", "strength", "reference_image"] as const;
export type ComfyPlaceholder = (typeof COMFY_PLACEHOLDERS)[number];

const REQUIRED: Record<"textToImage" | "reference", ComfyPlaceholder[]> = {
  textToImage: ["prompt", "seed", "width", "height"],
  reference: ["prompt", "seed", "reference_image"],
};

export const COMFY_WORKFLOW_FILES = { textToImage: "text-to-image.json", reference: "reference.json" } as const;

export interface ComfyWorkflow {
  /** Where it came from, for messages. */
  file: string;
  /** What images record as their model, e.g. "comfyui/text-to-image.json". */
  model: string;
  graph: Record<string, unknown>;
  placeholders: Set<ComfyPlaceholder>;
}

export interface ComfyWorkflows {
  textToImage: ComfyWorkflow;
  /** Absent when a team's folder has no reference.json: then the provider cannot work from a reference. */
  reference?: ComfyWorkflow;
}

const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;

function placeholdersIn(value: unknown, found: Set<string>) {
  if (typeof value === "string") for (const match of value.matchAll(PLACEHOLDER)) found.add(match[1]);
  else if (Array.isArray(value)) value.forEach((item) => placeholdersIn(item, found));
  else if (value && typeof value === "object") Object.values(value).forEach((item) => placeholdersIn(item, found));
  return found;
}

function checked(file: string, graph: unknown, kind: keyof typeof REQUIRED): ComfyWorkflow {
  if (!graph || typeof graph !== "object" || Array.isArray(graph)) {
    throw new Error(`ComfyUI workflow ${file} is not a workflow in ComfyUI's API format (an object of nodes; use "Export (API)")`);
  }
  const found = placeholdersIn(graph, new Set());
  const unknown = [...found].filter((name) => !(COMFY_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown.length) {
    throw new Error(`ComfyUI workflow ${file} uses unknown placeholder(s) ${unknown.map((name) => `{{${name}}}`).join(", ")}. Known: ${COMFY_PLACEHOLDERS.map((name) => `{{${name}}}`).join(", ")}`);
  }
  const missing = REQUIRED[kind].filter((name) => !found.has(name));
  if (missing.length) {
    throw new Error(`ComfyUI workflow ${file} is missing the required placeholder(s) ${missing.map((name) => `{{${name}}}`).join(", ")}`);
  }
  const model = `comfyui/${path.basename(file.replace(/^shipped /, ""))}`;
  return { file, model, graph: graph as Record<string, unknown>, placeholders: found as Set<ComfyPlaceholder> };
}

function readWorkflow(file: string) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`ComfyUI workflow ${file} cannot be read: ${(error as Error).message}`, { cause: error });
  }
}

const cache = new Map<string, ComfyWorkflows>();

/**
 * The shipped workflows, or COMFYUI_WORKFLOW_DIR's text-to-image.json and (optional) reference.json.
 * A workflow missing a required placeholder throws an error naming its file; start-up calls this.
 */
export function loadComfyWorkflows(dir?: string): ComfyWorkflows {
  const key = dir ?? "";
  const cached = cache.get(key);
  if (cached) return cached;
  let workflows: ComfyWorkflows;
  if (!dir) {
    workflows = {
      textToImage: checked(`shipped ${COMFY_WORKFLOW_FILES.textToImage}`, textToImageWorkflow, "textToImage"),
      reference: checked(`shipped ${COMFY_WORKFLOW_FILES.reference}`, referenceWorkflow, "reference"),
    };
  } else {
    const textFile = path.resolve(dir, COMFY_WORKFLOW_FILES.textToImage);
    if (!existsSync(textFile)) throw new Error(`COMFYUI_WORKFLOW_DIR has no ${COMFY_WORKFLOW_FILES.textToImage} (looked for ${textFile})`);
    const referenceFile = path.resolve(dir, COMFY_WORKFLOW_FILES.reference);
    workflows = {
      textToImage: checked(textFile, readWorkflow(textFile), "textToImage"),
      reference: existsSync(referenceFile) ? checked(referenceFile, readWorkflow(referenceFile), "reference") : undefined,
    };
  }
  cache.set(key, workflows);
  return workflows;
}

/** A deep copy of `graph` with every placeholder filled: a string that is only a placeholder takes the value's own type. */
export function fillWorkflow(graph: Record<string, unknown>, values: Partial<Record<ComfyPlaceholder, string | number>>) {
  const fill = (value: unknown): unknown => {
    if (typeof value === "string") {
      const whole = /^\{\{\s*([a-z_]+)\s*\}\}$/.exec(value);
      if (whole) return values[whole[1] as ComfyPlaceholder] ?? "";
      return value.replace(PLACEHOLDER, (_, name: string) => String(values[name as ComfyPlaceholder] ?? ""));
    }
    if (Array.isArray(value)) return value.map(fill);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item)]));
    return value;
  };
  return fill(graph) as Record<string, unknown>;
}
