/**
 * Domain errors: a stable `code` (part of the REST contract, `{ error, code }`) and a message written
 * for people. Doors map them: REST through ERROR_STATUS below, server actions to a form message, jobs
 * to a retry decision (inngest/job-errors.ts). Nothing decides from the HTTP class.
 */

/** The one table from error code to HTTP status. */
export const ERROR_STATUS = {
  invalid_input: 400,
  /** The provider is not configured on this server (or unknown): pick another or set its key. */
  provider_unavailable: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  /** The route exists but does not answer this HTTP method; the answer's Allow header lists those it does. */
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  /** The image was classified as explicit and the project does not allow explicit content. */
  explicit_content: 422,
  rate_limited: 429,
  quota_exceeded: 429,
  internal_error: 500,
  /** An upstream model or provider failed to produce what was asked. */
  provider_failed: 502,
  /** Something the request needs (the job queue, the database) is down for now: try again later. */
  service_unavailable: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

export function httpStatusFor(code: ErrorCode): number {
  return ERROR_STATUS[code];
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_STATUS, value);
}

export type FieldErrors = Record<string, string[]>;

export interface AppErrorOptions {
  /** Field name → its messages (forms show them next to the field; REST sends them as `details`). */
  details?: FieldErrors;
  cause?: unknown;
  /** Whether trying again later can help, when the error knows better than its code does. */
  retryable?: boolean;
  /** How long to wait before trying again, when the cause said so (a Retry-After). */
  retryAfterMs?: number;
}

export class AppError extends Error {
  /** The HTTP status for `code`, from ERROR_STATUS. */
  readonly status: number;
  readonly details?: FieldErrors;
  readonly retryable?: boolean;
  readonly retryAfterMs?: number;

  constructor(
    message: string,
    readonly code: ErrorCode,
    options: AppErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.status = httpStatusFor(code);
    this.details = options.details;
    this.retryable = options.retryable;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Bad input. `details` maps a field name to its messages. */
export class BadRequestError extends AppError {
  constructor(message: string, details?: FieldErrors) {
    super(message, "invalid_input", { details });
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "Sign in or send an API token (Authorization: Bearer <token>)") {
    super(message, "unauthorized");
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string) {
    super(message, "forbidden");
  }
}

/** A missing row and another user's row read exactly alike. */
export class NotFoundError extends AppError {
  constructor(what = "Resource") {
    super(`${what} not found`, "not_found");
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(message, "conflict");
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super(message, "payload_too_large");
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string) {
    super(message, "unsupported_media_type");
  }
}

/** Too many attempts; `retryAfterMs` becomes the Retry-After header. */
export class RateLimitedError extends AppError {
  constructor(message: string, retryAfterMs: number) {
    super(message, "rate_limited", { retryable: true, retryAfterMs });
  }
}
