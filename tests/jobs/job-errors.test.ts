import { NonRetriableError, RetryAfterError } from "inngest";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decideJobError, RETRY_BY_CODE, toJobError } from "@/inngest/job-errors";
import { PersonaGenerationError } from "@/lib/personas/persona-generation-error";
import { AppError, BadRequestError, ConflictError, ERROR_CODES, type ErrorCode, NotFoundError } from "@/lib/errors";
import { ProviderError } from "@/lib/providers/image";

/** What toJobError throws for `error`. */
function thrown(error: unknown, options?: Parameters<typeof toJobError>[1]) {
  try {
    toJobError(error, options);
  } catch (result) {
    return result as Error;
  }
  throw new Error("toJobError returned");
}

const STOP: ErrorCode[] = [
  "invalid_input",
  "provider_unavailable",
  "unauthorized",
  "forbidden",
  "not_found",
  "method_not_allowed",
  "conflict",
  "payload_too_large",
  "unsupported_media_type",
  "explicit_content",
  "quota_exceeded",
];
const RETRY: ErrorCode[] = ["rate_limited", "internal_error", "provider_failed", "service_unavailable"];

describe("the job-error map (domain code → NonRetriableError / RetryAfterError / retry)", () => {
  it("has a decision for every code", () => {
    expect([...STOP, ...RETRY].sort()).toEqual([...ERROR_CODES].sort());
    expect(Object.keys(RETRY_BY_CODE).sort()).toEqual([...ERROR_CODES].sort());
  });

  it.each(STOP)("%s stops the run with a NonRetriableError carrying the message", (code) => {
    const error = new AppError(`failed with ${code}`, code);
    const result = thrown(error);
    expect(result).toBeInstanceOf(NonRetriableError);
    expect(result.message).toBe(`failed with ${code}`);
    expect(result.cause).toBe(error);
    expect(decideJobError(error)).toEqual({ retry: false });
  });

  it.each(RETRY)("%s is retried with backoff: the error itself is rethrown", (code) => {
    const error = new AppError(`failed with ${code}`, code);
    expect(thrown(error)).toBe(error);
    expect(decideJobError(error)).toEqual({ retry: true });
  });

  it("waits as long as a retryable error asks (at least 1 s), with a RetryAfterError", () => {
    const limited = thrown(new AppError("slow down", "rate_limited", { retryAfterMs: 7_000 }));
    expect(limited).toBeInstanceOf(RetryAfterError);
    expect((limited as RetryAfterError).retryAfter).toBe("7");
    expect((thrown(new AppError("slow down", "rate_limited", { retryAfterMs: 10 })) as RetryAfterError).retryAfter).toBe("1");
    // A code that stops ignores any wait.
    expect(thrown(new AppError("no", "invalid_input", { retryAfterMs: 5_000 }))).toBeInstanceOf(NonRetriableError);
  });

  it("follows codes, never HTTP classes: the subclasses decide by their code", () => {
    expect(thrown(new BadRequestError("bad"))).toBeInstanceOf(NonRetriableError);
    expect(thrown(new NotFoundError("Batch"))).toBeInstanceOf(NonRetriableError);
    expect(thrown(new ConflictError("taken"))).toBeInstanceOf(NonRetriableError);
  });

  it("provider failures: permanent ones stop, transient ones retry, a 429 waits for its Retry-After", () => {
    const permanent = new ProviderError("content policy", { kind: "permanent", provider: "openai", status: 400 });
    expect(permanent.code).toBe("provider_failed");
    expect(thrown(permanent)).toBeInstanceOf(NonRetriableError);

    const transient = new ProviderError("502 from upstream", { kind: "transient", provider: "huggingface", status: 502 });
    expect(thrown(transient)).toBe(transient);

    const limited = new ProviderError("rate limited", { kind: "transient", provider: "huggingface", status: 429, retryAfterMs: 3_000 });
    expect(limited.code).toBe("rate_limited");
    const waited = thrown(limited);
    expect(waited).toBeInstanceOf(RetryAfterError);
    expect((waited as RetryAfterError).retryAfter).toBe("3");
    expect(waited.message).toBe("rate limited");

    const unsaid = new ProviderError("rate limited", { kind: "transient", status: 429 });
    expect(thrown(unsaid)).toBe(unsaid);
  });

  it("an error that knows better than its code wins (a text model's wrong key is not retried, its timeout is)", () => {
    expect(thrown(new PersonaGenerationError("wrong key", false))).toBeInstanceOf(NonRetriableError);
    const timeout = new PersonaGenerationError("timed out", true);
    expect(thrown(timeout)).toBe(timeout);
  });

  it("errors without a code retry, unless the step says they cannot recover", () => {
    const crash = new Error("connection reset");
    expect(thrown(crash)).toBe(crash);
    const zod = z.string().safeParse(1).error!;
    expect(thrown(zod)).toBe(zod);
    const stopped = thrown(crash, { uncoded: "stop", prefix: "Cannot start generation" });
    expect(stopped).toBeInstanceOf(NonRetriableError);
    expect(stopped.message).toBe("Cannot start generation: connection reset");
    expect(thrown(new NotFoundError("Generation"), { uncoded: "stop", prefix: "Cannot start generation" }).message).toBe(
      "Cannot start generation: Generation not found",
    );
  });
});
