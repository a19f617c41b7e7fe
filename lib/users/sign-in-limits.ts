import { getConfig } from "@/lib/config/env";
import { RateLimitedError } from "@/lib/errors";
import { consume, peek, reset, type RateLimitRule } from "@/lib/rate-limit/rate-limit";

const WINDOW_MS = 15 * 60_000;

interface Limit {
  key: string;
  rule: RateLimitRule;
}

/** The three counters a failed sign-in adds to: the account from this address, the account, the address. */
function limitsFor(email: string, address: string): { pair: Limit; all: Limit[] } {
  const config = getConfig();
  const account = email.trim().toLowerCase();
  const pair = { key: `signin:pair:${account}|${address}`, rule: { points: config.SIGNIN_FAILURES_PER_ACCOUNT_ADDRESS, windowMs: WINDOW_MS } };
  return {
    pair,
    all: [
      pair,
      { key: `signin:account:${account}`, rule: { points: config.SIGNIN_FAILURES_PER_ACCOUNT, windowMs: WINDOW_MS } },
      { key: `signin:address:${address}`, rule: { points: config.SIGNIN_FAILURES_PER_ADDRESS, windowMs: WINDOW_MS } },
    ],
  };
}

export function tooManyAttempts(retryAfterMs: number): RateLimitedError {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return new RateLimitedError(`Too many attempts, try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, retryAfterMs);
}

/** Throws "Too many attempts" (429) while any of the counters is at its limit; the right password is refused too. */
export async function assertSignInAllowed(email: string, address: string, now = new Date()): Promise<void> {
  const states = await Promise.all(limitsFor(email, address).all.map(({ key, rule }) => peek(key, rule, { now })));
  const retryAfterMs = Math.max(0, ...states.filter((state) => !state.allowed).map((state) => state.retryAfterMs));
  if (states.some((state) => !state.allowed)) throw tooManyAttempts(retryAfterMs);
}

export async function recordSignInFailure(email: string, address: string, now = new Date()): Promise<void> {
  for (const { key, rule } of limitsFor(email, address).all) await consume(key, rule, { now });
}

/** A success clears its own pair only: an attacker's failures on the account from elsewhere still count. */
export async function recordSignInSuccess(email: string, address: string): Promise<void> {
  await reset(limitsFor(email, address).pair.key);
}
