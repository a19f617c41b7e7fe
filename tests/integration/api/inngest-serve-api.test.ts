import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/start-test-app";

describe("/api/inngest with the Inngest dev server mode", () => {
  let app: TestApp;
  beforeAll(async () => {
    // the dev server itself is not running here; the app must still start and serve its functions
    app = await startTestApp({ database: "embedded", env: { INNGEST_DEV: "http://127.0.0.1:9" } });
  });
  afterAll(async () => app?.stop());

  it("reports dev mode in health and serves the function registry for the dev server to sync", async () => {
    expect((await (await fetch(`${app.url}/api/v1/health`)).json()).jobs).toBe("dev");
    const res = await fetch(`${app.url}/api/inngest`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.function_count).toBeGreaterThanOrEqual(3);
    expect(body.mode).toBe("dev");
    expect(app.logs()).toMatch(/\[jobs\].*dev/i);
  });
});
