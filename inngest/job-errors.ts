import { NonRetriableError, RetryAfterError } from "inngest";
import { AppError, type ErrorCode } from "@/lib/errors";
import { ProviderError } from "@/lib/providers/image";

/**
 * Whether a job step that failed with this code is tried again. Retrying cannot fix bad input, a
 * missing row, a provider this server cannot use or a refusal; it can fix a timeout, a rate limit, a
 * provider's bad moment. An error may know better than its code: a provider's permanent failure
 * (ProviderError.kind) or a text model's wrong key (AppError.retryable) is not retried either.
 */
export const RETRY_BY_CODE: Record<ErrorCode, boolean> = {
  invalid_input: false,
  provider_unavailable: false,
  unauthorized: false,
  forbidden: false,
  not_found: false,
  method_not_allowed: false,
  conflict: false,
  payload_too_large: false,
  unsupported_media_type: false,
  explicit_content: false,
  quota_exceeded: false,
  rate_limited: true,
  internal_error: true,
  provider_failed: true,
  service_unavailable: true,
};

export type JobErrorDecision = { retry: false } | { retry: true; afterMs?: number };

function codedError(error: unknown): { code: ErrorCode; retryable?: boolean; retryAfterMs?: number } | undefined {
  if (error instanceof ProviderError) return { code: error.code, retryable: error.kind === "transient", retryAfterMs: error.retryAfterMs };
  if (error instanceof AppError) return error;
  return undefined;
}

/**
 * What a job does with an error: stop, retry with Inngest's backoff, or retry after the wait the
 * cause asked for. An error without a domain code (a dropped connection, a bug) retries, unless
 * `uncoded` says a step cannot recover from those either.
 */
export function decideJobError(error: unknown, uncoded: "retry" | "stop" = "retry"): JobErrorDecision {
  const coded = codedError(error);
  if (!coded) return uncoded === "retry" ? { retry: true } : { retry: false };
  if (!(coded.retryable ?? RETRY_BY_CODE[coded.code])) return { retry: false };
  return coded.retryAfterMs ? { retry: true, afterMs: coded.retryAfterMs } : { retry: true };
}

export interface JobErrorOptions {
  /** What errors without a domain code mean for this step (default: retry). */
  uncoded?: "retry" | "stop";
  /** Put before the message of an error that stops the run ("Cannot start generation"). */
  prefix?: string;
}

/**
 * Rethrows a step's error as Inngest understands it: NonRetriableError (the step fails now),
 * RetryAfterError (at least 1 s), or the error itself (retried with backoff). The one job-error map:
 * `step.run("x", () => work().catch(toJobError))`.
 */
export function toJobError(error: unknown, options: JobErrorOptions = {}): never {
  const decision = decideJobError(error, options.uncoded);
  const message = (error as Error)?.message ?? String(error);
  if (!decision.retry) throw new NonRetriableError(options.prefix ? `${options.prefix}: ${message}` : message, { cause: error });
  if (decision.afterMs) throw new RetryAfterError(message, Math.max(1000, decision.afterMs), { cause: error });
  throw error;
}
