import { AppError } from "@/lib/errors";

/**
 * The text model could not produce usable personas. 502: the fault is upstream, not in the request.
 * `retryable` tells a job whether trying the whole step again later can help (a timeout, a 5xx, an
 * answer that failed validation twice) or cannot (a wrong key or model name).
 */
export class PersonaGenerationError extends AppError {
  constructor(
    message: string,
    readonly retryable: boolean,
    cause?: unknown,
  ) {
    super(message, "provider_failed");
    if (cause !== undefined) this.cause = cause;
  }
}
