/**
 * A real HTTP server on 127.0.0.1 (random port) that answers like Hugging Face and OpenAI, so tests run
 * the real SDK clients end to end without network.
 *
 *   const mock = await startMockModelServer();
 *   mock.huggingFaceUrl     // HF_ENDPOINT_URL / InferenceClient endpointUrl: any POST not under /v1 is "huggingface"
 *   mock.openaiBaseUrl      // OPENAI_BASE_URL / new OpenAI({ baseURL }) — `${mock.url}/v1`
 *   mock.replicateBaseUrl   // REPLICATE_BASE_URL / new Replicate({ baseUrl }) — `${mock.url}/v1`
 *   mock.stabilityBaseUrl   // STABILITY_BASE_URL — the origin; paths start /v2beta/
 *   mock.comfyUrl           // COMFYUI_URL — `${mock.url}/comfy`
 *
 * Routes and their default (success) answers:
 *   "huggingface"         POST /anything            → PNG bytes, sized parameters.width×height (or target_size), else 64×64
 *   "openai-generations"  POST /v1/images/generations → { created, data: [{ b64_json }] }, PNG of the requested `size`
 *   "openai-edits"        POST /v1/images/edits (multipart) → same shape as generations
 *   "openai-chat"         POST /v1/chat/completions → a chat.completion whose message content is setChatContent(…)
 *   "openai-responses"    POST /v1/responses      → a Responses API answer whose output_text is setChatContent(…)
 *   Replicate (tests/support/mock-image-apis.ts): "replicate-create" POST /v1/models/{owner}/{name}/predictions
 *     → a succeeded prediction whose output URL ("replicate-output") serves a PNG at its aspect_ratio;
 *     "replicate-get", "replicate-cancel" (POST /v1/predictions/{id}/cancel), "replicate-files" (POST /v1/files).
 *   Stability: "stability" POST /v2beta/stable-image/generate/{core,ultra,sd3} → { image (base64), finish_reason }.
 *   ComfyUI: "comfyui-upload" POST /comfy/upload/image, "comfyui-prompt" POST /comfy/prompt, "comfyui-history"
 *     GET /comfy/history/{id}, "comfyui-view" GET /comfy/view, "comfyui-queue" /comfy/queue, "comfyui-interrupt".
 *   Generated images are four-colour patterns (not blank); `{ image: "blank" }` in a scenario makes a flat one.
 *
 * Scenarios, per route, consumed one per request before falling back to the default success:
 *   mock.enqueue("huggingface", mockResponses.rateLimited(1), mockResponses.serverError());
 *   mock.enqueue("openai-generations", mockResponses.openaiContentPolicy());
 *   mock.enqueue("openai-chat", { delayMs: 2000 });           // slow, then the default answer
 *   mock.enqueue("huggingface", mockResponses.image(faceFixture("woman-c")));   // a variation showing another face
 *   A MockResponse is { status?, headers?, body?, delayMs? }; body: object → JSON, string → text, Buffer → bytes.
 *   mock.enqueue("replicate-create", { job: { pendingPolls: 2 } });   // "starting", polled twice, then done
 *   mock.enqueue("comfyui-prompt", { job: { failWith: "CUDA out of memory" } });
 *
 * Answers chosen from the request: mock.respondWith("huggingface", (request) => MockResponse | undefined), asked
 * when no scripted answer is queued (undefined → the default); reset() removes it.
 *
 * Structured output for chat/responses: mock.setChatContent({ name: "Ava", age: 31 }) (object → JSON text) or a string.
 *
 * Assertions: mock.requests (all, oldest first) or mock.requestsFor(route); each has method, path, headers,
 * body (raw Buffer), json (parsed JSON body, e.g. HF image-to-image `inputs` in base64) and, for multipart,
 * form: { fields, files: [{ field, filename, type, data }] }.
 * mock.reset() clears queues, the log and the chat content; await mock.close() stops the server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { imageApiRouteOf, MockImageApiState, mockPng, type MockImageApiRoute, type MockImageStyle, type MockJobScript } from "./mock-image-apis";

export type MockRoute = "huggingface" | "openai-generations" | "openai-edits" | "openai-chat" | "openai-responses" | MockImageApiRoute;

export interface MockResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Wait this long before answering (for timeout tests); with no status/body the default answer follows. */
  delayMs?: number;
  /** Replicate predictions and ComfyUI prompts: how the job behaves after it was created. */
  job?: MockJobScript;
  /** The default answer's image: a pattern (default) or a flat colour. */
  image?: MockImageStyle;
}

export interface MockUploadedFile {
  field: string;
  filename: string;
  type: string;
  data: Buffer;
}

export interface MockRequest {
  route: MockRoute | "unknown";
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
  json?: unknown;
  form?: { fields: Record<string, string>; files: MockUploadedFile[] };
}

export interface MockModelServer {
  url: string;
  huggingFaceUrl: string;
  openaiBaseUrl: string;
  replicateBaseUrl: string;
  stabilityBaseUrl: string;
  comfyUrl: string;
  /** Uploaded files: Replicate file id or ComfyUI image name → bytes. */
  uploads: Map<string, Buffer>;
  requests: MockRequest[];
  requestsFor(route: MockRoute): MockRequest[];
  enqueue(route: MockRoute, ...responses: MockResponse[]): void;
  respondWith(route: MockRoute, responder: (request: MockRequest) => MockResponse | undefined): void;
  setChatContent(content: string | object): void;
  reset(): void;
  close(): Promise<void>;
}

/** Ready-made answers: a chosen image, and failures in each provider's real error shape. */
export const mockResponses = {
  /**
   * Hugging Face answering with these image bytes (a fixture face from tests/fixtures/faces, say), so a test
   * picks what a variation shows: `mock.enqueue("huggingface", ...faces.map(mockResponses.image))`.
   */
  image: (data: Buffer, contentType = "image/jpeg"): MockResponse => ({ status: 200, headers: { "content-type": contentType }, body: data }),
  rateLimited: (retryAfterSeconds = 1): MockResponse => ({
    status: 429,
    headers: { "retry-after": String(retryAfterSeconds) },
    body: { error: "Rate limit reached. Please retry later." },
  }),
  serverError: (message = "Internal server error"): MockResponse => ({ status: 500, body: { error: message } }),
  /** Hugging Face-shaped 4xx. */
  badRequest: (message = "Input validation error: width must be a multiple of 16", status = 400): MockResponse => ({
    status,
    body: { error: message },
  }),
  openaiError: (status: number, message: string, code: string | null = null, type = "invalid_request_error"): MockResponse => ({
    status,
    body: { error: { message, type, code, param: null } },
  }),
  openaiContentPolicy: (): MockResponse =>
    mockResponses.openaiError(
      400,
      "Your request was rejected as a result of our safety system. Your prompt may contain text that is not allowed by our safety system.",
      "moderation_blocked",
    ),
  /** Replicate's problem-details error, e.g. a 422 for invalid input. */
  replicateError: (status: number, detail: string, title = "Input validation failed"): MockResponse => ({
    status,
    body: { title, detail, status },
  }),
  /** Stability AI's error body. */
  stabilityError: (status: number, name: string, message: string): MockResponse => ({
    status,
    body: { id: "mock-error-id", name, errors: [message] },
  }),
  /** ComfyUI's answer to a prompt that fails validation (a missing model, a bad node input). */
  comfyValidationError: (message = "Value not in list: ckpt_name: 'missing.safetensors' not in []"): MockResponse => ({
    status: 400,
    body: {
      error: { type: "prompt_outputs_failed_validation", message: "Prompt outputs failed validation", details: "", extra_info: {} },
      node_errors: { "4": { errors: [{ type: "value_not_in_list", message, details: "" }], dependent_outputs: ["9"], class_type: "CheckpointLoaderSimple" } },
    },
  }),
};

const ROUTES: Record<string, MockRoute> = {
  "/v1/images/generations": "openai-generations",
  "/v1/images/edits": "openai-edits",
  "/v1/chat/completions": "openai-chat",
  "/v1/responses": "openai-responses",
};

function routeOf(method: string, path: string): MockRoute | "unknown" {
  const imageApi = imageApiRouteOf(method, path);
  if (imageApi) return imageApi;
  if (method !== "POST") return "unknown";
  if (ROUTES[path]) return ROUTES[path];
  return /^\/(v1|v2beta|comfy|replicate)\//.test(path) ? "unknown" : "huggingface";
}

async function readBody(req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseMultipart(body: Buffer, contentType: string) {
  const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  const fields: Record<string, string> = {};
  const files: MockUploadedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === "string") fields[field] = value;
    else files.push({ field, filename: value.name, type: value.type, data: Buffer.from(await value.arrayBuffer()) });
  }
  return { fields, files };
}

function clampSide(value: unknown, fallback: number) {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 2048) : fallback;
}

async function defaultAnswer(route: MockRoute, request: MockRequest, chatContent: string, style?: MockImageStyle): Promise<MockResponse> {
  const json = (request.json ?? {}) as Record<string, any>;
  const solidPng = (width: number, height: number) => mockPng(width, height, style);
  const now = Math.floor(Date.now() / 1000);
  if (route === "huggingface") {
    const params = json.parameters ?? {};
    const width = clampSide(params.width ?? params.target_size?.width, 64);
    const height = clampSide(params.height ?? params.target_size?.height, 64);
    return { status: 200, headers: { "content-type": "image/png" }, body: await solidPng(width, height) };
  }
  if (route === "openai-generations" || route === "openai-edits") {
    const size = String(json.size ?? request.form?.fields.size ?? "1024x1024");
    const [width, height] = size.split("x").map((side) => clampSide(side, 1024));
    const png = await solidPng(width, height);
    return { status: 200, body: { created: now, data: [{ b64_json: png.toString("base64") }], usage: { input_tokens: 10, output_tokens: 10, total_tokens: 20 } } };
  }
  const model = String(json.model ?? "gpt-4o-mini");
  if (route === "openai-chat") {
    return {
      status: 200,
      body: {
        id: "chatcmpl-mock",
        object: "chat.completion",
        created: now,
        model,
        choices: [{ index: 0, message: { role: "assistant", content: chatContent, refusal: null }, finish_reason: "stop", logprobs: null }],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      },
    };
  }
  return {
    status: 200,
    body: {
      id: "resp_mock",
      object: "response",
      created_at: now,
      model,
      status: "completed",
      error: null,
      incomplete_details: null,
      output: [
        {
          type: "message",
          id: "msg_mock",
          status: "completed",
          role: "assistant",
          content: [{ type: "output_text", text: chatContent, annotations: [] }],
        },
      ],
      usage: { input_tokens: 10, output_tokens: 10, total_tokens: 20 },
    },
  };
}

function send(res: ServerResponse, answer: MockResponse) {
  const headers: Record<string, string> = { ...answer.headers };
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  let payload: Buffer;
  if (Buffer.isBuffer(answer.body)) {
    payload = answer.body;
    if (!lower["content-type"]) headers["content-type"] = "application/octet-stream";
  } else if (typeof answer.body === "string") {
    payload = Buffer.from(answer.body);
    if (!lower["content-type"]) headers["content-type"] = "text/plain; charset=utf-8";
  } else if (answer.body === undefined) {
    payload = Buffer.alloc(0);
  } else {
    payload = Buffer.from(JSON.stringify(answer.body));
    if (!lower["content-type"]) headers["content-type"] = "application/json";
  }
  res.writeHead(answer.status ?? 200, { ...headers, "content-length": String(payload.length) });
  res.end(payload);
}

export async function startMockModelServer(): Promise<MockModelServer> {
  const queues = new Map<MockRoute, MockResponse[]>();
  const responders = new Map<MockRoute, (request: MockRequest) => MockResponse | undefined>();
  const requests: MockRequest[] = [];
  let chatContent = "{}";
  let imageApis = new MockImageApiState("");

  const server = createServer(async (req, res) => {
    try {
      const path = new URL(req.url ?? "/", "http://mock").pathname;
      const method = req.method ?? "GET";
      const body = await readBody(req);
      const contentType = String(req.headers["content-type"] ?? "");
      const request: MockRequest = {
        route: routeOf(method, path),
        method,
        path,
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : String(v)])),
        body,
      };
      if (contentType.startsWith("application/json")) request.json = JSON.parse(body.toString("utf8") || "null");
      if (contentType.startsWith("multipart/form-data")) request.form = await parseMultipart(body, contentType);
      requests.push(request);

      if (request.route === "unknown") {
        return send(res, { status: 404, body: { error: { message: `mock: no route for ${method} ${path}`, type: "not_found" } } });
      }
      const scripted = queues.get(request.route)?.shift() ?? responders.get(request.route)?.(request);
      if (scripted?.delayMs) await new Promise((resolve) => setTimeout(resolve, scripted.delayMs));
      if (res.destroyed) return;
      const answered = scripted && (scripted.status !== undefined || scripted.body !== undefined);
      if (answered) return send(res, scripted);
      if (imageApiRouteOf(method, path)) {
        const query = new URL(req.url ?? "/", "http://mock").searchParams;
        return send(res, await imageApis.answer(request.route as MockImageApiRoute, path, query, request.json, request.form, scripted ?? {}));
      }
      send(res, await defaultAnswer(request.route, request, chatContent, scripted?.image));
    } catch (err) {
      if (!res.headersSent) send(res, { status: 500, body: { error: `mock server failure: ${(err as Error).message}` } });
    }
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  imageApis = new MockImageApiState(url);

  return {
    url,
    huggingFaceUrl: `${url}/hf/models/mock`,
    openaiBaseUrl: `${url}/v1`,
    replicateBaseUrl: `${url}/v1`,
    stabilityBaseUrl: url,
    comfyUrl: `${url}/comfy`,
    get uploads() {
      return imageApis.uploads;
    },
    requests,
    requestsFor: (route) => requests.filter((request) => request.route === route),
    enqueue(route, ...responses) {
      queues.set(route, [...(queues.get(route) ?? []), ...responses]);
    },
    respondWith(route, responder) {
      responders.set(route, responder);
    },
    setChatContent(content) {
      chatContent = typeof content === "string" ? content : JSON.stringify(content);
    },
    reset() {
      queues.clear();
      responders.clear();
      requests.length = 0;
      chatContent = "{}";
      imageApis.reset();
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
