import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig, resetConfig } from "@/lib/config/env";
import { isValidImageLink, signedImageUrl } from "@/lib/images/signed-image-link";

const saved = process.env.AUTH_SECRET;
beforeAll(() => {
  process.env.AUTH_SECRET = "unit-test-secret-unit-test-secret";
  resetConfig();
});
afterAll(() => {
  if (saved === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = saved;
  resetConfig();
});

const parts = (url: string) => {
  const parsed = new URL(url);
  return { path: parsed.pathname, exp: parsed.searchParams.get("exp"), sig: parsed.searchParams.get("sig") };
};

describe("signed image links", () => {
  const now = new Date("2026-03-01T12:00:00Z");

  it("link to the public route and verify until they expire", () => {
    const { path, exp, sig } = parts(signedImageUrl("https://studio.example", "img_1", { now, ttlSeconds: 3600 }));
    expect(path).toBe("/api/v1/links/images/img_1");
    expect(Number(exp)).toBe(now.getTime() / 1000 + 3600);
    expect(isValidImageLink("img_1", exp, sig, now)).toBe(true);
    expect(isValidImageLink("img_1", exp, sig, new Date(now.getTime() + 3599_000))).toBe(true);
    expect(isValidImageLink("img_1", exp, sig, new Date(now.getTime() + 3600_000))).toBe(false);
  });

  it("refuse a tampered id, expiry or signature, and a missing part", () => {
    const { exp, sig } = parts(signedImageUrl("https://studio.example", "img_1", { now }));
    expect(isValidImageLink("img_2", exp, sig, now)).toBe(false);
    expect(isValidImageLink("img_1", String(Number(exp) + 1), sig, now)).toBe(false);
    expect(isValidImageLink("img_1", exp, `${sig!.slice(0, -1)}${sig!.endsWith("A") ? "B" : "A"}`, now)).toBe(false);
    expect(isValidImageLink("img_1", exp, null, now)).toBe(false);
    expect(isValidImageLink("img_1", "soon", sig, now)).toBe(false);
  });

  it("change with AUTH_SECRET, so rotating it revokes them", () => {
    const { exp, sig } = parts(signedImageUrl("https://studio.example", "img_1", { now }));
    process.env.AUTH_SECRET = "another-secret-another-secret-00";
    resetConfig();
    expect(isValidImageLink("img_1", exp, sig, now)).toBe(false);
  });

  it("last EXPORT_LINK_TTL, 7 days by default", () => {
    expect(parseConfig({}).EXPORT_LINK_TTL).toBe(7 * 86_400);
    expect(parseConfig({ EXPORT_LINK_TTL: "12h" }).EXPORT_LINK_TTL).toBe(43_200);
    expect(parseConfig({ EXPORT_LINK_TTL: "900" }).EXPORT_LINK_TTL).toBe(900);
    expect(() => parseConfig({ EXPORT_LINK_TTL: "soon" })).toThrow(/EXPORT_LINK_TTL/);
    expect(parseConfig({ IMPORT_ALLOW_PRIVATE_URLS: "true" }).IMPORT_ALLOW_PRIVATE_URLS).toBe(true);
    expect(parseConfig({}).IMPORT_ALLOW_PRIVATE_URLS).toBe(false);
  });
});
