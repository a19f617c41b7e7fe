/**
 * Replicate, Stability AI and ComfyUI answers for the mock model server (tests/support/mock-model-server.ts),
 * shaped like the real APIs. State (predictions, queued prompts, uploads) lives in one MockImageApiState
 * per server.
 */
import sharp from "sharp";

export type MockImageApiRoute =
  | "replicate-create"
  | "replicate-get"
  | "replicate-cancel"
  | "replicate-files"
  | "replicate-output"
  | "stability"
  | "comfyui-upload"
  | "comfyui-prompt"
  | "comfyui-history"
  | "comfyui-view"
  | "comfyui-queue"
  | "comfyui-interrupt";

/** How a queued job (a Replicate prediction, a ComfyUI prompt) behaves after the create call answered. */
export interface MockJobScript {
  /** Polls answered "processing" (Replicate) or `{}` (ComfyUI) before the result; 0 answers at once. */
  pendingPolls?: number;
  /** The job fails with this error (Replicate prediction `error`, ComfyUI execution_error). */
  failWith?: string;
}

/** Images the mock draws: four coloured quadrants (a usable grid) or one flat colour ("blank"). */
export type MockImageStyle = "pattern" | "blank";

// The same size and style always draws the same bytes: drawn once per server process, so a benchmark's
// mock provider does not spend the cores it shares with the app under test on re-drawing them.
const drawn = new Map<string, Promise<Buffer>>();

export function mockPng(width: number, height: number, style: MockImageStyle = "pattern"): Promise<Buffer> {
  const key = `${width}x${height}:${style}`;
  let png = drawn.get(key);
  if (!png) {
    if (drawn.size >= 64) drawn.clear();
    png = drawPng(width, height, style);
    drawn.set(key, png);
    png.catch(() => drawn.delete(key));
  }
  return png;
}

async function drawPng(width: number, height: number, style: MockImageStyle) {
  const base = sharp({ create: { width, height, channels: 3, background: { r: 120, g: 140, b: 160 } } });
  if (style === "blank") return base.png().toBuffer();
  const halfW = Math.max(1, Math.floor(width / 2));
  const halfH = Math.max(1, Math.floor(height / 2));
  const tile = (r: number, g: number, b: number) => sharp({ create: { width: halfW, height: halfH, channels: 3, background: { r, g, b } } }).png().toBuffer();
  const [a, b] = await Promise.all([tile(220, 60, 60), tile(60, 200, 90)]);
  return base
    .composite([
      { input: a, left: 0, top: 0 },
      { input: b, left: width - halfW, top: height - halfH },
    ])
    .png()
    .toBuffer();
}

function sizeFromRatio(ratio: unknown, longSide = 1024) {
  const [w, h] = String(ratio ?? "1:1").split(":").map(Number);
  if (!w || !h) return { width: longSide, height: longSide };
  return w >= h ? { width: longSide, height: Math.round((longSide * h) / w) } : { width: Math.round((longSide * w) / h), height: longSide };
}

interface MockPrediction {
  id: string;
  model: string;
  input: Record<string, unknown>;
  status: "starting" | "processing" | "succeeded" | "failed" | "canceled";
  pollsLeft: number;
  failWith?: string;
  image: MockImageStyle;
  size: { width: number; height: number };
}

interface MockComfyPrompt {
  id: string;
  graph: Record<string, { class_type?: string; inputs?: Record<string, unknown> }>;
  pollsLeft: number;
  failWith?: string;
  image: MockImageStyle;
  cancelled: boolean;
  interrupted?: boolean;
}

export interface MockAnswer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

export class MockImageApiState {
  predictions = new Map<string, MockPrediction>();
  comfyPrompts = new Map<string, MockComfyPrompt>();
  uploads = new Map<string, Buffer>();
  private counter = 0;

  constructor(private readonly url: string) {}

  reset() {
    this.predictions.clear();
    this.comfyPrompts.clear();
    this.uploads.clear();
  }

  private predictionView(prediction: MockPrediction) {
    const done = prediction.status === "succeeded";
    const url = `${this.url}/replicate/output/${prediction.id}.png`;
    // FLUX dev/schnell answer with a list of URLs, Kontext with one.
    const output = done ? (prediction.model.includes("kontext") ? url : [url]) : null;
    return {
      id: prediction.id,
      model: prediction.model,
      version: "mock-version",
      input: prediction.input,
      status: prediction.status,
      output,
      error: prediction.status === "failed" ? prediction.failWith : null,
      logs: "",
      created_at: new Date().toISOString(),
      urls: { get: `${this.url}/v1/predictions/${prediction.id}`, cancel: `${this.url}/v1/predictions/${prediction.id}/cancel` },
    };
  }

  async answer(route: MockImageApiRoute, path: string, query: URLSearchParams, json: any, form: { fields: Record<string, string>; files: { field: string; filename: string; data: Buffer }[] } | undefined, script: { job?: MockJobScript; image?: MockImageStyle }): Promise<MockAnswer> {
    const image = script.image ?? "pattern";
    switch (route) {
      case "replicate-files": {
        const id = `file-${++this.counter}`;
        const file = form?.files.find((entry) => entry.field === "content");
        this.uploads.set(id, file?.data ?? Buffer.alloc(0));
        return { status: 201, body: { id, name: file?.filename, content_type: "application/octet-stream", size: file?.data.length ?? 0, urls: { get: `${this.url}/replicate/files/${id}` } } };
      }
      case "replicate-create": {
        const model = path.replace(/^\/v1\/models\//, "").replace(/\/predictions$/, "");
        const input = (json?.input ?? {}) as Record<string, unknown>;
        const pending = script.job?.pendingPolls ?? 0;
        const prediction: MockPrediction = {
          id: `pred-${++this.counter}`,
          model,
          input,
          status: pending > 0 ? "starting" : script.job?.failWith ? "failed" : "succeeded",
          pollsLeft: pending,
          failWith: script.job?.failWith,
          image,
          size: sizeFromRatio(input.aspect_ratio),
        };
        this.predictions.set(prediction.id, prediction);
        return { status: 201, body: this.predictionView(prediction) };
      }
      case "replicate-get":
      case "replicate-cancel": {
        const id = path.split("/")[3];
        const prediction = this.predictions.get(id);
        if (!prediction) return { status: 404, body: { title: "Not found", detail: "The requested resource could not be found.", status: 404 } };
        if (route === "replicate-cancel") {
          if (prediction.status === "starting" || prediction.status === "processing") prediction.status = "canceled";
        } else if (prediction.status === "starting" || prediction.status === "processing") {
          prediction.pollsLeft -= 1;
          prediction.status = prediction.pollsLeft > 0 ? "processing" : prediction.failWith ? "failed" : "succeeded";
        }
        return { status: 200, body: this.predictionView(prediction) };
      }
      case "replicate-output": {
        const prediction = this.predictions.get(path.split("/").pop()!.replace(/\.png$/, ""));
        if (!prediction) return { status: 404, body: "not found" };
        return { status: 200, headers: { "content-type": "image/png" }, body: await mockPng(prediction.size.width, prediction.size.height, prediction.image) };
      }
      case "stability": {
        const fields = form?.fields ?? {};
        const reference = form?.files.find((file) => file.field === "image");
        const size = reference ? await sharp(reference.data).metadata() : sizeFromRatio(fields.aspect_ratio);
        const png = await mockPng(size.width ?? 1024, size.height ?? 1024, image);
        return { status: 200, body: { image: png.toString("base64"), finish_reason: "SUCCESS", seed: Number(fields.seed ?? 0) } };
      }
      case "comfyui-upload": {
        const file = form?.files.find((entry) => entry.field === "image");
        const name = file?.filename ?? `upload-${++this.counter}.png`;
        this.uploads.set(name, file?.data ?? Buffer.alloc(0));
        return { status: 200, body: { name, subfolder: "", type: "input" } };
      }
      case "comfyui-prompt": {
        const id = `prompt-${++this.counter}`;
        this.comfyPrompts.set(id, { id, graph: json?.prompt ?? {}, pollsLeft: script.job?.pendingPolls ?? 0, failWith: script.job?.failWith, image, cancelled: false });
        return { status: 200, body: { prompt_id: id, number: this.counter, node_errors: {} } };
      }
      case "comfyui-history": {
        const id = path.split("/").pop()!;
        const prompt = this.comfyPrompts.get(id);
        if (!prompt || prompt.cancelled) return { status: 200, body: {} };
        if (prompt.pollsLeft > 0) {
          prompt.pollsLeft -= 1;
          return { status: 200, body: {} };
        }
        if (prompt.failWith) {
          const messages = [["execution_error", { prompt_id: id, node_id: "3", exception_type: "RuntimeError", exception_message: prompt.failWith }]];
          return { status: 200, body: { [id]: { outputs: {}, status: { status_str: "error", completed: false, messages } } } };
        }
        const saveNode = Object.entries(prompt.graph).find(([, node]) => node.class_type === "SaveImage")?.[0] ?? "9";
        const images = [{ filename: `${id}.png`, subfolder: "", type: "output" }];
        return { status: 200, body: { [id]: { prompt: [0, id, prompt.graph, {}, [saveNode]], outputs: { [saveNode]: { images } }, status: { status_str: "success", completed: true, messages: [] } } } };
      }
      case "comfyui-view": {
        const prompt = this.comfyPrompts.get(String(query.get("filename")).replace(/\.png$/, ""));
        if (!prompt) return { status: 404, body: "not found" };
        const sized = Object.values(prompt.graph).map((node) => node.inputs ?? {}).find((inputs) => typeof inputs.width === "number" && typeof inputs.height === "number");
        return { status: 200, headers: { "content-type": "image/png" }, body: await mockPng(Number(sized?.width ?? 512), Number(sized?.height ?? 512), prompt.image) };
      }
      case "comfyui-queue": {
        for (const id of (json?.delete ?? []) as string[]) {
          const prompt = this.comfyPrompts.get(id);
          if (prompt) prompt.cancelled = true;
        }
        // Like ComfyUI, deleting takes a prompt out of the pending queue but does not stop the one running.
        const running = [...this.comfyPrompts.values()].filter((prompt) => !prompt.interrupted && prompt.pollsLeft > 0);
        return { status: 200, body: { queue_running: running.map((prompt, index) => [index, prompt.id, prompt.graph, {}, []]), queue_pending: [] } };
      }
      case "comfyui-interrupt": {
        const prompt = json?.prompt_id ? this.comfyPrompts.get(json.prompt_id) : undefined;
        if (prompt) prompt.interrupted = true;
        return { status: 200, body: {} };
      }
    }
  }
}

/** Which of these APIs a request is for, or undefined for the other mock routes. */
export function imageApiRouteOf(method: string, path: string): MockImageApiRoute | undefined {
  if (method === "POST" && /^\/v1\/models\/[^/]+\/[^/]+\/predictions$/.test(path)) return "replicate-create";
  if (method === "GET" && /^\/v1\/predictions\/[^/]+$/.test(path)) return "replicate-get";
  if (method === "POST" && /^\/v1\/predictions\/[^/]+\/cancel$/.test(path)) return "replicate-cancel";
  if (method === "POST" && path === "/v1/files") return "replicate-files";
  if (method === "GET" && path.startsWith("/replicate/output/")) return "replicate-output";
  if (method === "POST" && /^\/v2beta\/stable-image\/generate\/(core|ultra|sd3)$/.test(path)) return "stability";
  if (method === "POST" && path === "/comfy/upload/image") return "comfyui-upload";
  if (method === "POST" && path === "/comfy/prompt") return "comfyui-prompt";
  if (method === "GET" && path.startsWith("/comfy/history/")) return "comfyui-history";
  if (method === "GET" && path === "/comfy/view") return "comfyui-view";
  if (path === "/comfy/queue") return "comfyui-queue";
  if (method === "POST" && path === "/comfy/interrupt") return "comfyui-interrupt";
  return undefined;
}
