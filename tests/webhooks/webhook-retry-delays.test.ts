import { afterEach, describe, expect, it } from "vitest";
import { resetConfig } from "@/lib/config/env";
import { WEBHOOK_MAX_ATTEMPTS, webhookRetryDelayMs } from "@/lib/webhooks/webhook-retry-delays";

afterEach(() => {
  delete process.env.WEBHOOK_RETRY_BASE_MS;
  resetConfig();
});

describe("webhook retry backoff", () => {
  it("makes 6 attempts over about a day by default, growing each time, and none after the last", () => {
    const delays = Array.from({ length: WEBHOOK_MAX_ATTEMPTS - 1 }, (_, i) => webhookRetryDelayMs(i + 1)!);
    expect(WEBHOOK_MAX_ATTEMPTS).toBe(6);
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
    const hours = delays.reduce((sum, ms) => sum + ms, 0) / 3_600_000;
    expect(hours).toBeGreaterThan(18);
    expect(hours).toBeLessThan(26);
    expect(webhookRetryDelayMs(WEBHOOK_MAX_ATTEMPTS)).toBeUndefined();
  });

  it("WEBHOOK_RETRY_BASE_MS shrinks the whole schedule (tests)", () => {
    process.env.WEBHOOK_RETRY_BASE_MS = "10";
    resetConfig();
    expect(webhookRetryDelayMs(1)).toBe(10);
    expect(webhookRetryDelayMs(5)).toBe(9600);
  });
});
