import { describe, expect, it } from "vitest";
import { classifyProviderError, parseRetryAfter, ProviderError } from "@/lib/providers/image/errors";

describe("classifyProviderError", () => {
  it("keeps a ProviderError as it is", () => {
    const err = new ProviderError("x", { kind: "permanent" });
    expect(classifyProviderError(err)).toBe(err);
  });

  it("treats a timeout DOMException as transient", () => {
    const err = classifyProviderError(new DOMException("The operation was aborted due to timeout", "TimeoutError"), { provider: "huggingface" });
    expect(err.kind).toBe("transient");
  });

  it("treats a refused connection as transient", () => {
    const err = classifyProviderError(Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } }), { provider: "openai" });
    expect(err).toMatchObject({ kind: "transient" });
    expect(err.message).toMatch(/^Could not reach OpenAI/);
  });

  it.each([
    [400, "permanent"],
    [401, "permanent"],
    [403, "permanent"],
    [404, "permanent"],
    [422, "permanent"],
    [408, "transient"],
    [429, "transient"],
    [500, "transient"],
    [502, "transient"],
    [503, "transient"],
  ] as const)("status %i is %s", (status, kind) => {
    const hfError = { name: "InferenceClientError", message: "Failed", httpResponse: { status, body: { error: "detail" } } };
    expect(classifyProviderError(hfError, { provider: "huggingface" })).toMatchObject({ kind, status });
  });

  it("recognizes content-policy refusals by code and by wording", () => {
    const byCode = { status: 400, error: { message: "Blocked", code: "content_policy_violation" }, headers: new Headers() };
    const byText = { name: "InferenceClientError", message: "x", httpResponse: { status: 422, body: { error: "NSFW content detected" } } };
    expect(classifyProviderError(byCode, { provider: "openai" }).message).toBe("OpenAI content policy refused the prompt. Rephrase it and try again.");
    expect(classifyProviderError(byText, { provider: "huggingface" }).message).toMatch(/^Hugging Face content policy refused/);
  });

  it("uses the Retry-After the driver saw when the error has no headers", () => {
    const hfError = { message: "x", httpResponse: { status: 429, body: "" } };
    expect(classifyProviderError(hfError, { provider: "huggingface", retryAfterMs: 2000 })).toMatchObject({ retryAfterMs: 2000 });
  });

  it("treats the Hugging Face client's own input errors as permanent", () => {
    const err = Object.assign(new Error("Specifying both endpointUrl and provider is not supported."), { name: "InputError" });
    expect(classifyProviderError(err, { provider: "huggingface" }).kind).toBe("permanent");
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds, milliseconds and HTTP dates", () => {
    expect(parseRetryAfter(new Headers({ "retry-after": "2" }))).toBe(2000);
    expect(parseRetryAfter(new Headers({ "retry-after-ms": "1500", "retry-after": "9" }))).toBe(1500);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter({ "retry-after": "Thu, 01 Jan 2026 00:00:30 GMT" }, now)).toBe(30_000);
    expect(parseRetryAfter(new Headers())).toBeUndefined();
    expect(parseRetryAfter({ "retry-after": "soon" })).toBeUndefined();
  });
});
