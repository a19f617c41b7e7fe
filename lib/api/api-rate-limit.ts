import { getConfig } from "@/lib/config/env";
import { RateLimitedError } from "@/lib/errors";
import { consume, type RateLimitState } from "@/lib/rate-limit/rate-limit";

const WINDOW_MS = 60_000;

/** The RateLimit-* headers every authenticated answer carries (seconds until the window resets). */
export function rateLimitHeaders(state: RateLimitState, limit: number, now = Date.now()): Record<string, string> {
  return {
    "ratelimit-limit": String(limit),
    "ratelimit-remaining": String(state.remaining),
    "ratelimit-reset": String(Math.max(0, Math.ceil((state.resetAt.getTime() - now) / 1000))),
  };
}

/**
 * Counts one REST request against its credential (an API token or a browser session) in the shared
 * database limiter: RATE_LIMIT_PER_MINUTE per minute. Over it: a RateLimitedError (429 with Retry-After).
 */
export async function countApiRequest(credential: string): Promise<{ headers: Record<string, string>; refused?: RateLimitedError }> {
  const limit = getConfig().RATE_LIMIT_PER_MINUTE;
  const state = await consume(`api:${credential}`, { points: limit, windowMs: WINDOW_MS });
  const headers = rateLimitHeaders(state, limit);
  if (state.allowed) return { headers };
  const seconds = Math.max(1, Math.ceil(state.retryAfterMs / 1000));
  return { headers, refused: new RateLimitedError(`Too many requests: ${limit} a minute per token or session. Try again in ${seconds} s.`, state.retryAfterMs) };
}
