import { getConfig } from "@/lib/config/env";

/** Six attempts: the first at once, then after 1, 10, 60, 240 and 960 units (about 21 hours at the default minute). */
const BACKOFF_UNITS = [1, 10, 60, 240, 960] as const;

export const WEBHOOK_MAX_ATTEMPTS = BACKOFF_UNITS.length + 1;

/** An endpoint whose every delivery failed for this long is switched off. */
export const WEBHOOK_DISABLE_AFTER_MS = 3 * 24 * 3_600_000;

/** How long to wait after failed attempt `attempt` (1-based) before the next; undefined after the last. */
export function webhookRetryDelayMs(attempt: number): number | undefined {
  const units = BACKOFF_UNITS[attempt - 1];
  return units === undefined ? undefined : units * getConfig().WEBHOOK_RETRY_BASE_MS;
}
