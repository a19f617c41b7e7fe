import { describe, expect, it } from "vitest";
import { retryDelayMs, sleepEndsAt } from "@/lib/job-engine/compute-delays";
import { assertSupportedExpression, evaluateExpression } from "@/lib/job-engine/evaluate-expression";

const context = { event: { name: "avatar/generate", data: { userId: "u1", count: 3, note: "a && b" } } };

describe("trigger, concurrency-key and idempotency expressions", () => {
  it("reads paths and compares literals", () => {
    expect(evaluateExpression("event.data.userId", context)).toBe("u1");
    expect(evaluateExpression("event.data.userId == 'u1'", context)).toBe(true);
    expect(evaluateExpression("event.data.count > 2 && event.data.userId != \"u2\"", context)).toBe(true);
    expect(evaluateExpression("event.data.count >= 4 || event.data.note == 'a && b'", context)).toBe(true);
    expect(evaluateExpression("!event.data.missing", context)).toBe(true);
    expect(evaluateExpression("event.data.count < 'x'", context)).toBe(false);
  });

  it("refuses what it cannot evaluate instead of guessing", () => {
    expect(() => assertSupportedExpression("size(event.data.ids) > 1")).toThrow(/cannot evaluate/);
    expect(() => assertSupportedExpression("event.data.a + event.data.b")).toThrow(/cannot evaluate/);
  });
});

describe("retry and sleep timing", () => {
  it("honours a RetryAfterError's seconds or date, else backs off exponentially", () => {
    expect(retryDelayMs(0, 1000, "5")).toBe(5000);
    expect(retryDelayMs(0, 1000, new Date(20_000).toISOString(), 10_000)).toBe(10_000);
    const third = retryDelayMs(2, 1000);
    expect(third).toBeGreaterThanOrEqual(3200);
    expect(third).toBeLessThanOrEqual(4800);
  });

  it("reads the SDK's sleep durations and dates", () => {
    const now = new Date(0);
    expect(sleepEndsAt("1m30s", now).getTime()).toBe(90_000);
    expect(sleepEndsAt("2d", now).getTime()).toBe(172_800_000);
    expect(sleepEndsAt("2030-01-01T00:00:00.000Z", now).toISOString()).toBe("2030-01-01T00:00:00.000Z");
  });
});

describe("priority.run and cancelOn expressions", () => {
  it("evaluates `condition ? a : b`, grouping to the right", () => {
    const lane = (value: string) => ({ event: { data: { lane: value } } });
    expect(evaluateExpression("event.data.lane == 'interactive' ? 120 : 0", lane("interactive"))).toBe(120);
    expect(evaluateExpression("event.data.lane == 'interactive' ? 120 : 0", lane("background"))).toBe(0);
    expect(evaluateExpression("event.data.lane == 'a' ? 1 : event.data.lane == 'b' ? 2 : -3", lane("b"))).toBe(2);
    expect(evaluateExpression("event.data.lane == 'a' ? 1 : event.data.lane == 'b' ? 2 : -3", lane("c"))).toBe(-3);
    expect(evaluateExpression("event.data.lane == 'a?b' ? 'x:y' : 'z'", lane("a?b"))).toBe("x:y");
  });

  it("reads the cancelling event as `async`", () => {
    const context = { event: { data: { generationId: "g1" } }, async: { data: { generationId: "g1" } } };
    expect(evaluateExpression("async.data.generationId == event.data.generationId", context)).toBe(true);
    expect(evaluateExpression("async.data.generationId == event.data.generationId", { ...context, async: { data: { generationId: "g2" } } })).toBe(false);
  });

  it("refuses a ternary without its `:` or with an unsupported branch", () => {
    expect(() => assertSupportedExpression("event.data.lane == 'a' ? 1")).toThrow(/without its/);
    expect(() => assertSupportedExpression("event.data.lane == 'a' ? 1 : size(event.data.x)")).toThrow(/cannot evaluate/);
  });
});
