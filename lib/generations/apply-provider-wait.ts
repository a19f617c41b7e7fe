import { getConfig } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { ProviderError } from "@/lib/providers/image";
import { describeLimit, describeWait } from "@/lib/providers/image/describe-wait";
import { PROVIDER_LABELS, type ImageProviderName } from "@/lib/providers/image/provider-names";

/**
 * What a provider's Retry-After means for a generation. Up to PROVIDER_MAX_RETRY_AFTER_MS the run waits
 * it out (the job engine retries after it) and the row records until when, so pages and REST say
 * "waiting for Hugging Face until 14:05"; a longer wait fails the attempt now with a message that says
 * why (the generation can be retried later). Returns the error the step should throw.
 */
export async function applyProviderWait(generationId: string, provider: string, error: unknown, now = Date.now()): Promise<unknown> {
  if (!(error instanceof ProviderError) || error.kind !== "transient" || error.retryAfterMs === undefined) return error;
  const limit = getConfig().PROVIDER_MAX_RETRY_AFTER_MS;
  const who = PROVIDER_LABELS[provider as ImageProviderName] ?? provider;
  if (error.retryAfterMs > limit) {
    return new ProviderError(`${who} asked to wait ${describeWait(error.retryAfterMs)}; more than the ${describeLimit(limit)} limit. Retry the generation later.`, {
      kind: "permanent",
      provider: error.provider,
      status: error.status,
      cause: error,
    });
  }
  const db = await getDb();
  // The engine waits at least 1 s (RetryAfterError's floor in inngest/job-errors.ts).
  await db.generation.updateMany({
    where: { id: generationId, status: { in: ["pending", "processing"] } },
    data: { waitingUntil: new Date(now + Math.max(1000, error.retryAfterMs)) },
  });
  return error;
}
