import type { ErrorCode } from "@/lib/errors";
import { PROVIDER_LABELS } from "./provider-names";
import type { ImageProviderName } from "./types";

/**
 * A provider failure the caller can act on: jobs retry `transient` ones (after `retryAfterMs` when the
 * provider said so) and stop on `permanent` ones, showing `message` to the person. Its `code` is a
 * domain error code like an AppError's; it is not an AppError because its `status` is the provider's
 * answer, not ours (and only job steps call providers, so no door ever answers with one).
 */
export class ProviderError extends Error {
  /** `rate_limited` when the provider answered 429, else `provider_failed`. */
  readonly code: Extract<ErrorCode, "provider_failed" | "rate_limited">;
  readonly kind: "transient" | "permanent";
  readonly provider?: ImageProviderName;
  /** The provider's HTTP status, when there was a response. */
  readonly status?: number;
  readonly retryAfterMs?: number;

  constructor(
    message: string,
    init: { kind: "transient" | "permanent"; provider?: ImageProviderName; status?: number; retryAfterMs?: number; cause?: unknown },
  ) {
    super(message, { cause: init.cause });
    this.name = "ProviderError";
    this.code = init.status === 429 ? "rate_limited" : "provider_failed";
    this.kind = init.kind;
    this.provider = init.provider;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
  }
}

const CREDENTIAL_HINTS: Record<ImageProviderName, string> = {
  local: "",
  huggingface: "Check HF_TOKEN",
  openai: "Check OPENAI_API_KEY",
  replicate: "Check REPLICATE_API_TOKEN",
  stability: "Check STABILITY_API_KEY",
  comfyui: "Check COMFYUI_URL",
};

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH"]);
const CONTENT_POLICY_CODES = new Set(["moderation_blocked", "content_policy_violation", "content_filter", "content_moderation"]);
// Wording providers use for a refusal; a bare "moderation" would also match errors about the moderation parameter.
const CONTENT_POLICY_TEXT = /safety system|content polic|content moderation|nsfw|unsafe content|flagged as (unsafe|inappropriate|sensitive)|\(E005\)/i;

/** Whether a provider's own wording says its safety checks refused the request. */
export function isContentPolicyText(text: string) {
  return CONTENT_POLICY_TEXT.test(text);
}

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function readHeader(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Retry-After as milliseconds: `retry-after-ms` (OpenAI), then `retry-after` in seconds or as an HTTP date. */
export function parseRetryAfter(headers: HeaderSource, now = Date.now()): number | undefined {
  const ms = Number(readHeader(headers, "retry-after-ms"));
  if (readHeader(headers, "retry-after-ms") && Number.isFinite(ms) && ms >= 0) return Math.round(ms);
  const raw = readHeader(headers, "retry-after")?.trim();
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Math.round(Number(raw) * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The most useful human-readable line in an error body of any of the shapes providers use. */
function bodyDetail(body: unknown): string | undefined {
  if (typeof body === "string") return body.trim() || undefined;
  if (!body || typeof body !== "object") return undefined;
  const record = body as Record<string, unknown>;
  for (const key of ["error", "detail", "message"]) {
    const value = record[key];
    if (typeof value === "string" && value.trim()) return value.trim();
    if (value && typeof value === "object") {
      const nested = bodyDetail(value);
      if (nested) return nested;
    }
  }
  return undefined;
}

function bodyCode(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return undefined;
  const record = body as Record<string, unknown>;
  if (typeof record.code === "string") return record.code;
  return record.error && typeof record.error === "object" ? bodyCode(record.error) : undefined;
}

function shorten(text: string, max = 300) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

interface HttpFailure {
  status: number;
  detail?: string;
  code?: string;
  retryAfterMs?: number;
}

/** Status, detail and Retry-After out of an OpenAI APIError or a Hugging Face InferenceClientProviderApiError. */
function readHttpFailure(err: Record<string, unknown>): HttpFailure | undefined {
  const hfResponse = err.httpResponse as { status?: unknown; body?: unknown } | undefined;
  if (hfResponse && typeof hfResponse.status === "number") {
    return { status: hfResponse.status, detail: bodyDetail(hfResponse.body), code: bodyCode(hfResponse.body) };
  }
  if (typeof err.status === "number") {
    const body = err.error;
    const detail = bodyDetail(body) ?? (typeof err.message === "string" ? err.message : undefined);
    const code = typeof err.code === "string" ? err.code : bodyCode(body);
    return { status: err.status, detail, code, retryAfterMs: parseRetryAfter(err.headers as HeaderSource) };
  }
  return undefined;
}

function isTimeout(err: Record<string, unknown>) {
  const name = String(err.name ?? "");
  return name === "TimeoutError" || /timed? ?out/i.test(String(err.message ?? ""));
}

function isNetworkFailure(err: Record<string, unknown>): boolean {
  const cause = err.cause as Record<string, unknown> | undefined;
  if (typeof err.code === "string" && (NETWORK_CODES.has(err.code) || err.code.startsWith("UND_ERR"))) return true;
  if (err.name === "TypeError" && err.message === "fetch failed") return true;
  if (err.message === "Connection error.") return true; // openai's APIConnectionError
  return cause && typeof cause === "object" ? isNetworkFailure(cause) : false;
}

function classifyHttp(failure: HttpFailure, provider: ImageProviderName | undefined, err: unknown): ProviderError {
  const who = provider ? PROVIDER_LABELS[provider] : "The image provider";
  const { status, retryAfterMs } = failure;
  const detail = failure.detail ? shorten(failure.detail) : `HTTP ${status}`;
  const base = { provider, status, cause: err };

  if ((failure.code && CONTENT_POLICY_CODES.has(failure.code)) || (status < 500 && CONTENT_POLICY_TEXT.test(detail))) {
    return new ProviderError(`${who} content policy refused the prompt. Rephrase it and try again.`, { ...base, kind: "permanent" });
  }
  if (status === 429) {
    const wait = retryAfterMs !== undefined ? ` Retrying in ${Math.ceil(retryAfterMs / 1000)} s.` : "";
    return new ProviderError(`${who} is rate limiting requests (429).${wait}`, { ...base, kind: "transient", retryAfterMs });
  }
  if (status >= 500 || status === 408 || status === 425) {
    return new ProviderError(`${who} had a temporary problem (${status}): ${detail}`, { ...base, kind: "transient", retryAfterMs });
  }
  const hint = provider ? CREDENTIAL_HINTS[provider] : "Check the provider's credentials";
  if (status === 401) return new ProviderError(`${who} rejected the credentials (401). ${hint}.`, { ...base, kind: "permanent" });
  if (status === 403) return new ProviderError(`${who} denied access (403): ${detail}. ${hint} and the model's access terms.`, { ...base, kind: "permanent" });
  if (status === 404) return new ProviderError(`${who} could not find the model or endpoint (404): ${detail}`, { ...base, kind: "permanent" });
  return new ProviderError(`${who} rejected the request: ${detail}`, { ...base, kind: "permanent" });
}

/**
 * Maps anything an SDK throws to a ProviderError: timeouts, network failures, 429 (with Retry-After) and 5xx
 * are transient; 400/401/403/404/422, content-policy refusals and configuration mistakes are permanent.
 * Hugging Face's errors carry no response headers, so its driver passes the Retry-After it saw itself.
 */
export function classifyProviderError(
  err: unknown,
  context: { provider?: ImageProviderName; retryAfterMs?: number } = {},
): ProviderError {
  if (err instanceof ProviderError) return err;
  const { provider } = context;
  const who = provider ? PROVIDER_LABELS[provider] : "The image provider";
  const record = (err && typeof err === "object" ? err : { message: String(err) }) as Record<string, unknown>;
  const message = typeof record.message === "string" ? record.message : String(err);

  const failure = readHttpFailure(record);
  if (failure) return classifyHttp({ ...failure, retryAfterMs: failure.retryAfterMs ?? context.retryAfterMs }, provider, err);
  if (isTimeout(record)) {
    return new ProviderError(`${who} did not answer in time. Try again; if it keeps happening, raise PROVIDER_TIMEOUT_MS.`, {
      kind: "transient",
      provider,
      cause: err,
    });
  }
  if (isNetworkFailure(record)) {
    return new ProviderError(`Could not reach ${who === "The image provider" ? "the image provider" : who}: ${shorten(message)}`, {
      kind: "transient",
      provider,
      cause: err,
    });
  }
  // The Hugging Face client's own checks (bad endpoint/provider combination, no provider for the model).
  if (record.name === "InputError" || record.name === "RoutingError") {
    return new ProviderError(`${who} rejected the request: ${shorten(message)}`, { kind: "permanent", provider, cause: err });
  }
  return new ProviderError(`${who} failed: ${shorten(message)}`, { kind: "transient", provider, cause: err });
}
