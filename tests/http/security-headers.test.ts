import { afterEach, describe, expect, it } from "vitest";
import { resetConfig } from "@/lib/config/env";
import { clientAddress, SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";
import { pageContentSecurityPolicy, SECURITY_HEADERS, storageImageOrigins } from "@/lib/http/security-headers";

describe("page Content-Security-Policy", () => {
  it("allows scripts only with the nonce in production, and eval and the HMR socket only in development", () => {
    const production = pageContentSecurityPolicy({ nonce: "abc", dev: false });
    expect(production).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(production).not.toContain("unsafe-eval");
    expect(production).not.toContain("ws:");
    expect(production).toContain("frame-ancestors 'none'");
    expect(production).toContain("img-src 'self' data: blob:");
    const dev = pageContentSecurityPolicy({ nonce: "abc", dev: true });
    expect(dev).toContain("'unsafe-eval'");
    expect(dev).toContain("connect-src 'self' ws: wss:");
  });

  it("lets images come from the configured S3 origins", () => {
    expect(storageImageOrigins({})).toEqual([]);
    expect(storageImageOrigins({ S3_BUCKET: "b", S3_ENDPOINT: "http://minio:9000/x", S3_PUBLIC_BASE_URL: "https://cdn.example.com/media" })).toEqual([
      "https://cdn.example.com",
      "http://minio:9000",
    ]);
    expect(storageImageOrigins({ S3_BUCKET: "b" })).toEqual(["https://*.amazonaws.com"]);
    expect(pageContentSecurityPolicy({ nonce: "n", dev: false, imageOrigins: ["https://cdn.example.com"] })).toContain(
      "img-src 'self' data: blob: https://cdn.example.com",
    );
  });

  it("sends the fixed headers", () => {
    expect(Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value]))).toEqual({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
  });
});

describe("client address", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY;
    resetConfig();
  });

  it("is the socket's unless TRUST_PROXY=true, then the first X-Forwarded-For hop", () => {
    const headers = new Headers({ [SOCKET_ADDRESS_HEADER]: "::ffff:127.0.0.1", "x-forwarded-for": "203.0.113.9, 10.0.0.1" });
    resetConfig();
    expect(clientAddress(headers)).toBe("127.0.0.1");
    process.env.TRUST_PROXY = "true";
    resetConfig();
    expect(clientAddress(headers)).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ [SOCKET_ADDRESS_HEADER]: "::1" }))).toBe("::1");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
