import { createHash, randomUUID } from "node:crypto";
import { classifyProviderError, ProviderError } from "../errors";
import { normalizeImage } from "../normalize-image";
import type { GenerateOptions, ImageProvider, ImageRequest } from "../types";
import { COMFYUI_MODEL, comfySupports } from "./describe-comfyui";
import { fillWorkflow, loadComfyWorkflows } from "./load-comfy-workflows";

export interface ComfyUISettings {
  /** The ComfyUI server, e.g. http://gpu-box:8188. */
  url: string;
  workflowDir?: string;
  timeoutMs: number;
  pollIntervalMs?: number;
}

/** Image-to-image default when the request names no strength (the KSampler's denoise). */
export const DEFAULT_COMFY_STRENGTH = 0.55;

interface ComfyImageRef {
  filename: string;
  subfolder?: string;
  type?: string;
}

interface HistoryEntry {
  outputs?: Record<string, { images?: ComfyImageRef[] }>;
  status?: { status_str?: string; completed?: boolean; messages?: [string, Record<string, unknown>][] };
}

async function failureOf(response: Response) {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // plain text stays as it is
  }
  const record = (body ?? {}) as { error?: { message?: string; details?: string } | string; node_errors?: Record<string, { errors?: { message?: string; details?: string }[] }> };
  const nodeErrors = Object.entries(record.node_errors ?? {}).flatMap(([node, entry]) =>
    (entry.errors ?? []).map((error) => `node ${node}: ${error.message ?? ""}${error.details ? ` (${error.details})` : ""}`),
  );
  const main = typeof record.error === "string" ? record.error : record.error?.message;
  const message = [main, ...nodeErrors].filter(Boolean).join("; ") || text || `HTTP ${response.status}`;
  return { status: response.status, error: { message }, headers: response.headers, message };
}

function executionError(entry: HistoryEntry) {
  const message = entry.status?.messages?.find(([type]) => type === "execution_error")?.[1];
  return message ? `${message.exception_type ?? "error"}: ${message.exception_message ?? ""}`.trim() : "the workflow failed";
}

function sleep(ms: number, signal: AbortSignal) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/**
 * The team's own ComfyUI: the reference uploaded with POST /upload/image, the filled workflow queued with
 * POST /prompt, followed through /history/{id}, the output fetched from /view. Cancel deletes the prompt
 * from the queue, and interrupts it if it is the one running.
 */
export function createComfyUIProvider(settings: ComfyUISettings): ImageProvider {
  const workflows = loadComfyWorkflows(settings.workflowDir);
  const pollIntervalMs = settings.pollIntervalMs ?? 1000;
  const clientId = randomUUID();
  const at = (path: string) => new URL(path, settings.url.endsWith("/") ? settings.url : `${settings.url}/`);

  async function call(path: string, init: RequestInit) {
    const response = await fetch(at(path), init);
    if (!response.ok) throw classifyProviderError(await failureOf(response), { provider: "comfyui" });
    return response;
  }

  async function cancel(promptId: string) {
    const quiet = { signal: AbortSignal.timeout(5000) };
    const json = { "content-type": "application/json" };
    await fetch(at("queue"), { method: "POST", headers: json, body: JSON.stringify({ delete: [promptId] }), ...quiet }).catch(() => undefined);
    const queue = (await fetch(at("queue"), quiet).then((res) => res.json()).catch(() => ({}))) as { queue_running?: unknown[][] };
    if (queue.queue_running?.some((entry) => entry[1] === promptId)) {
      await fetch(at("interrupt"), { method: "POST", headers: json, body: JSON.stringify({ prompt_id: promptId }), ...quiet }).catch(() => undefined);
    }
  }

  async function upload(reference: NonNullable<ImageRequest["reference"]>, signal: AbortSignal) {
    const form = new FormData();
    const name = `likeness-${createHash("md5").update(reference.data).digest("hex")}.png`;
    form.append("image", new Blob([new Uint8Array(reference.data)], { type: reference.mimeType }), name);
    form.append("overwrite", "true");
    form.append("type", "input");
    const uploaded = (await (await call("upload/image", { method: "POST", body: form, signal })).json()) as { name: string; subfolder?: string };
    return uploaded.subfolder ? `${uploaded.subfolder}/${uploaded.name}` : uploaded.name;
  }

  async function generate(request: ImageRequest, options: GenerateOptions = {}) {
    const deadline = AbortSignal.timeout(settings.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
    let promptId: string | undefined;
    try {
      const workflow = request.reference ? workflows.reference : workflows.textToImage;
      if (!workflow) throw new ProviderError("ComfyUI has no reference workflow (reference.json in COMFYUI_WORKFLOW_DIR).", { kind: "permanent", provider: "comfyui" });
      const referenceImage = request.reference ? await upload(request.reference, signal) : undefined;
      const prompt = fillWorkflow(workflow.graph, {
        prompt: request.prompt,
        negative_prompt: request.negativePrompt ?? "",
        seed: request.seed,
        width: request.width,
        height: request.height,
        strength: request.strength ?? DEFAULT_COMFY_STRENGTH,
        reference_image: referenceImage,
      });
      const queued = await call("prompt", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ prompt, client_id: clientId }),
        signal,
      });
      promptId = ((await queued.json()) as { prompt_id: string }).prompt_id;
      let entry: HistoryEntry | undefined;
      for (;;) {
        const history = (await (await call(`history/${promptId}`, { signal })).json()) as Record<string, HistoryEntry>;
        entry = history[promptId];
        if (entry?.status?.status_str === "error") {
          throw new ProviderError(`ComfyUI could not run the workflow ${workflow.file}: ${executionError(entry).slice(0, 300)}`, { kind: "transient", provider: "comfyui" });
        }
        if (entry?.status?.completed || (entry && Object.keys(entry.outputs ?? {}).length)) break;
        await sleep(pollIntervalMs, signal);
      }
      const image = Object.values(entry.outputs ?? {}).flatMap((output) => output.images ?? []).find((ref) => (ref.type ?? "output") === "output");
      if (!image) throw new ProviderError(`ComfyUI's workflow ${workflow.file} saved no image; it needs a SaveImage node.`, { kind: "permanent", provider: "comfyui" });
      const query = new URLSearchParams({ filename: image.filename, subfolder: image.subfolder ?? "", type: image.type ?? "output" });
      const view = await call(`view?${query}`, { signal });
      const data = await normalizeImage(Buffer.from(await view.arrayBuffer()), request, "comfyui");
      return { data, mimeType: "image/png" as const, provider: "comfyui" as const, model: workflow.model };
    } catch (err) {
      if (promptId && signal.aborted) await cancel(promptId);
      if (options.signal?.aborted) throw options.signal.reason ?? err;
      throw classifyProviderError(err, { provider: "comfyui" });
    }
  }

  return {
    name: "comfyui",
    model: workflows.textToImage.model,
    referenceModel: workflows.reference?.model ?? COMFYUI_MODEL,
    supports: comfySupports(workflows),
    generate,
  };
}
