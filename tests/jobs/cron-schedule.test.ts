import { describe, expect, it } from "vitest";
import { parseCronSchedule } from "@/lib/job-engine/cron-schedule";

describe("cron triggers (Inngest syntax)", () => {
  it("reads a TZ= prefix: 02:00 in Paris is 01:00 UTC in winter", () => {
    const nightly = parseCronSchedule("TZ=Europe/Paris 0 2 * * *");
    const now = new Date("2026-12-01T10:00:00Z");
    expect(nightly.latestTick(now)?.toISOString()).toBe("2026-12-01T01:00:00.000Z");
    expect(nightly.nextTick(now)?.toISOString()).toBe("2026-12-02T01:00:00.000Z");
  });

  it("is in UTC without a prefix, and counts a tick exactly at now as due", () => {
    const everyMinute = parseCronSchedule("* * * * *");
    expect(everyMinute.latestTick(new Date("2026-12-01T10:00:00Z"))?.toISOString()).toBe("2026-12-01T10:00:00.000Z");
    expect(everyMinute.latestTick(new Date("2026-12-01T10:00:59.900Z"))?.toISOString()).toBe("2026-12-01T10:00:00.000Z");
    expect(parseCronSchedule("0 2 * * *").latestTick(new Date("2026-12-01T10:00:00Z"))?.toISOString()).toBe("2026-12-01T02:00:00.000Z");
  });

  it("refuses a pattern or a time zone it cannot read", () => {
    expect(() => parseCronSchedule("every night")).toThrow(/cannot be read/);
    expect(() => parseCronSchedule("TZ=Mars/Olympus 0 2 * * *")).toThrow(/cannot be read/);
  });
});
