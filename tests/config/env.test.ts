import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/env";

describe("configuration", () => {
  it("defaults to the embedded database, local storage and the embedded job driver", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ database: "embedded", storage: "local", jobsMode: "embedded", PORT: 3000, ALLOW_SIGNUP: true });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it("selects PostgreSQL, S3 and Inngest modes from settings", () => {
    expect(parseConfig({ DATABASE_URL: "postgres://u@h/db" }).database).toBe("postgres");
    expect(parseConfig({ S3_BUCKET: "b" }).storage).toBe("s3");
    expect(parseConfig({ INNGEST_DEV: "1" }).jobsMode).toBe("dev");
    expect(parseConfig({ INNGEST_EVENT_KEY: "e", INNGEST_SIGNING_KEY: "s" }).jobsMode).toBe("cloud");
    expect(parseConfig({ ALLOW_SIGNUP: "false" }).ALLOW_SIGNUP).toBe(false);
  });

  it("fails with the setting's name and why", () => {
    expect(() => parseConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => parseConfig({ PORT: "70000" })).toThrow(/PORT/);
    expect(() => parseConfig({ ALLOW_SIGNUP: "maybe" })).toThrow(/ALLOW_SIGNUP/);
    expect(() => parseConfig({ INNGEST_EVENT_KEY: "only-one" })).toThrow(/INNGEST_SIGNING_KEY/);
    expect(() => parseConfig({ NODE_ENV: "production", DATABASE_URL: "postgres://u@h/db" })).toThrow(/AUTH_SECRET: is required in production/);
    expect(() => parseConfig({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
  });

  it("reads the heap growth policy: 50 unless set, 0 for V8's own, a clear error otherwise", () => {
    expect(parseConfig({}).HEAP_GROWING_PERCENT).toBe(50);
    expect(parseConfig({ HEAP_GROWING_PERCENT: "" }).HEAP_GROWING_PERCENT).toBe(50);
    expect(parseConfig({ HEAP_GROWING_PERCENT: "0" }).HEAP_GROWING_PERCENT).toBe(0);
    expect(parseConfig({ HEAP_GROWING_PERCENT: "25" }).HEAP_GROWING_PERCENT).toBe(25);
    expect(() => parseConfig({ HEAP_GROWING_PERCENT: "-1" })).toThrow(/HEAP_GROWING_PERCENT: must be 0/);
    expect(() => parseConfig({ HEAP_GROWING_PERCENT: "lots" })).toThrow(/HEAP_GROWING_PERCENT: must be a whole number of percent/);
    expect(() => parseConfig({ HEAP_GROWING_PERCENT: "1.5" })).toThrow(/HEAP_GROWING_PERCENT: must be a whole number/);
  });
});
