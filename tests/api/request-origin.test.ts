import { afterEach, describe, expect, it } from "vitest";
import { requestOrigin } from "@/lib/api/request-origin";
import { resetConfig } from "@/lib/config/env";

const request = (headers: Record<string, string> = {}) => new Request("http://127.0.0.1:3000/api/v1/x", { headers });

afterEach(() => {
  delete process.env.APP_URL;
  resetConfig();
});

describe("requestOrigin", () => {
  it("prefers APP_URL, without a trailing slash", () => {
    process.env.APP_URL = "https://likeness.example/";
    resetConfig();
    expect(requestOrigin(request({ host: "other.example" }))).toBe("https://likeness.example");
  });

  it("else the host the caller used, behind proxies the first forwarded one", () => {
    expect(requestOrigin(request({ host: "studio.local:3000" }))).toBe("http://studio.local:3000");
    expect(requestOrigin(request({ host: "10.0.0.2", "x-forwarded-host": "likeness.example, proxy.internal", "x-forwarded-proto": "https, http" }))).toBe(
      "https://likeness.example",
    );
    expect(requestOrigin(request())).toBe("http://127.0.0.1:3000");
  });
});
