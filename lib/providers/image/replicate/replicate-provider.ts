import Replicate, { type Prediction } from "replicate";
import { classifyProviderError, isContentPolicyText, ProviderError } from "../errors";
import { normalizeImage } from "../normalize-image";
import { pickAspectRatio } from "../provider-info";
import type { GenerateOptions, ImageProvider, ImageRequest } from "../types";
import { REPLICATE_ASPECT_RATIOS, REPLICATE_SUPPORTS } from "./describe-replicate";

export interface ReplicateSettings {
  token: string;
  /** The client's baseUrl including /v1; Replicate's own API when unset. */
  baseUrl?: string;
  /** Text-to-image, e.g. black-forest-labs/flux-dev. */
  model: string;
  /** With a reference image, e.g. black-forest-labs/flux-kontext-pro. */
  referenceModel: string;
  timeoutMs: number;
  /** Between polls once `Prefer: wait` has answered without a result. */
  pollIntervalMs?: number;
}

/** Replicate holds the create request open this long (its maximum) before answering with a pending prediction. */
const MAX_PREFER_WAIT_SECONDS = 60;
const PENDING = new Set(["starting", "processing"]);

interface HttpFailure {
  status: number;
  headers: Headers;
  text: string;
}

function failureError(failure: HttpFailure) {
  let body: unknown = failure.text;
  try {
    body = JSON.parse(failure.text);
  } catch {
    // a plain-text answer stays as it is
  }
  return { status: failure.status, error: body, headers: failure.headers, message: failure.text };
}

function inputFor(request: ImageRequest) {
  const common = { prompt: request.prompt, seed: request.seed, output_format: "png" };
  const aspect_ratio = pickAspectRatio(REPLICATE_ASPECT_RATIOS, request.width, request.height);
  // A Buffer is uploaded through POST /v1/files by the client and sent as that file's URL.
  if (request.reference) return { ...common, aspect_ratio, input_image: request.reference.data, safety_tolerance: 2 };
  return { ...common, aspect_ratio, num_outputs: 1 };
}

function outputUrl(prediction: Prediction): string | undefined {
  const output = prediction.output as unknown;
  const first = Array.isArray(output) ? output[0] : output;
  return typeof first === "string" ? first : undefined;
}

function sleep(ms: number, signal: AbortSignal) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/** The promise, or the signal's reason as soon as it aborts (the promise itself runs on). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

/**
 * FLUX on Replicate through the official client: `Prefer: wait` first, polling after, the output URL
 * fetched and normalised. Cancelling (the signal) cancels the prediction on Replicate too.
 */
export function createReplicateProvider(settings: ReplicateSettings): ImageProvider {
  const pollIntervalMs = settings.pollIntervalMs ?? 1000;

  async function generate(request: ImageRequest, options: GenerateOptions = {}) {
    const deadline = AbortSignal.timeout(settings.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
    // The client retries a 429 (and a polled 5xx) by itself, ignoring Retry-After; the job layer owns
    // retries, so such an answer is passed to it as a plain failure and classified from what was seen here.
    let failure: HttpFailure | undefined;
    const fetchOnce: typeof fetch = async (input, init) => {
      const response = await fetch(input, { ...init, signal: init?.signal ?? deadline });
      if (response.ok) return response;
      const text = await response.text();
      failure = { status: response.status, headers: response.headers, text };
      return new Response(text, { status: response.status === 429 || response.status >= 500 ? 400 : response.status, headers: response.headers });
    };
    const client = new Replicate({ auth: settings.token, baseUrl: settings.baseUrl, fetch: fetchOnce, useFileOutput: false });
    const model = request.reference ? settings.referenceModel : settings.model;
    let predictionId: string | undefined;
    const cancel = (id: string) => client.predictions.cancel(id).catch(() => undefined);

    try {
      // Not aborted by the signal: the prediction's id is only known once this answers, and it is needed to cancel it.
      const created = client.predictions.create({
        model,
        input: inputFor(request),
        wait: Math.min(MAX_PREFER_WAIT_SECONDS, Math.ceil(settings.timeoutMs / 1000)),
      });
      created.then(
        (prediction) => {
          if (signal.aborted && PENDING.has(prediction.status)) void cancel(prediction.id);
        },
        () => undefined,
      );
      let prediction = await untilAborted(created, signal);
      predictionId = prediction.id;
      while (PENDING.has(prediction.status)) {
        await sleep(pollIntervalMs, signal);
        prediction = await client.predictions.get(prediction.id, { signal });
      }
      if (prediction.status === "failed") {
        const detail = String(prediction.error ?? "the prediction failed");
        if (isContentPolicyText(detail)) {
          throw new ProviderError("Replicate content policy refused the prompt. Rephrase it and try again.", { kind: "permanent", provider: "replicate", status: 422 });
        }
        throw new ProviderError(`Replicate's prediction failed: ${detail.slice(0, 300)}`, { kind: "transient", provider: "replicate" });
      }
      if (prediction.status === "canceled") {
        throw new ProviderError("The Replicate prediction was cancelled on Replicate. Try again.", { kind: "transient", provider: "replicate" });
      }
      const url = outputUrl(prediction);
      if (!url) throw new ProviderError("Replicate returned no image. Try again.", { kind: "transient", provider: "replicate" });
      const output = await fetch(url, { signal });
      if (!output.ok) throw classifyProviderError(failureError({ status: output.status, headers: output.headers, text: await output.text() }), { provider: "replicate" });
      const data = await normalizeImage(Buffer.from(await output.arrayBuffer()), request, "replicate");
      return { data, mimeType: "image/png" as const, provider: "replicate" as const, model };
    } catch (err) {
      if (options.signal?.aborted) {
        if (predictionId) await cancel(predictionId);
        throw options.signal.reason ?? err;
      }
      if (deadline.aborted && predictionId) await cancel(predictionId);
      if (failure && !(err instanceof ProviderError)) throw classifyProviderError(failureError(failure), { provider: "replicate" });
      throw classifyProviderError(err, { provider: "replicate" });
    }
  }

  return { name: "replicate", model: settings.model, referenceModel: settings.referenceModel, supports: REPLICATE_SUPPORTS, generate };
}
