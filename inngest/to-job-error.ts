import { NonRetriableError, RetryAfterError } from "inngest";
import { ProviderError } from "@/lib/providers/image";

/**
 * Provider failures as Inngest understands them: permanent ones (bad request, content policy) are not
 * retried; a 429 waits for Retry-After; other transient ones retry with Inngest's backoff.
 */
export function toJobError(error: unknown): never {
  if (error instanceof ProviderError) {
    if (error.kind === "permanent") throw new NonRetriableError(error.message, { cause: error });
    if (error.retryAfterMs) throw new RetryAfterError(error.message, Math.max(1000, error.retryAfterMs), { cause: error });
  }
  throw error;
}
