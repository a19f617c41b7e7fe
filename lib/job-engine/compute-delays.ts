const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 };
const MAX_BACKOFF_MS = 10 * 60_000;

/**
 * How long to wait before retry number `attempt + 1`: the RetryAfterError's delay when there is one
 * (the SDK sends whole seconds or an ISO date), else exponential backoff with jitter so that many
 * runs failing together do not all come back at the same instant.
 */
export function retryDelayMs(attempt: number, baseMs: number, retryAfter?: string, now = Date.now()): number {
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  const backoff = Math.min(baseMs * 2 ** attempt, MAX_BACKOFF_MS);
  return Math.round(backoff * (0.8 + Math.random() * 0.4));
}

/** When a `Sleep` op ends: its name is the SDK's duration string ("1m30s") or an ISO date (sleepUntil). */
export function sleepEndsAt(name: string | undefined, now = new Date()): Date {
  const text = name ?? "";
  if (/^(\d+[wdhms])+$/.test(text)) {
    const ms = [...text.matchAll(/(\d+)([wdhms])/g)].reduce((sum, [, amount, unit]) => sum + Number(amount) * UNIT_MS[unit], 0);
    return new Date(now.getTime() + ms);
  }
  const at = Date.parse(text);
  if (Number.isNaN(at)) throw new Error(`Cannot read the sleep duration "${text}"`);
  return new Date(at);
}
