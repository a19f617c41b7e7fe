import { describe, expect, it } from "vitest";
import { parseFormData, parseJsonBody } from "@/lib/api/parse-request";
import { readBody } from "@/lib/api/read-body";
import { z } from "zod";

const MB = 1024 * 1024;
const limit = { maxBytes: MB, message: "Request body too large. Maximum size is 1MB" };

/** A chunked body of `total` bytes made on demand, counting how many bytes the reader pulled. */
function endlessBody(total: number, chunk = 64 * 1024, headers: Record<string, string> = {}) {
  const counter = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close();
      const size = Math.min(chunk, total - counter.pulled);
      counter.pulled += size;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
    cancel() {
      counter.cancelled = true;
    },
  }, { highWaterMark: 0 });
  const req = new Request("http://app.test/api/v1/projects", { method: "POST", body: stream, headers: { "content-type": "application/json", ...headers }, duplex: "half" } as RequestInit);
  return { req, counter };
}

describe("readBody", () => {
  it("cuts a 100 MB chunked body off at the limit: it reads at most one chunk past it, then cancels the stream", async () => {
    const { req, counter } = endlessBody(100 * MB);
    await expect(readBody(req, limit)).rejects.toMatchObject({ code: "payload_too_large", message: limit.message });
    expect(counter.pulled).toBeLessThanOrEqual(MB + 2 * 64 * 1024);
    expect(counter.cancelled).toBe(true);
  });

  it("refuses a declared oversize Content-Length before reading a byte", async () => {
    const { req, counter } = endlessBody(100 * MB, 64 * 1024, { "content-length": String(64 * MB) });
    await expect(readBody(req, limit)).rejects.toMatchObject({ code: "payload_too_large" });
    expect(counter.pulled).toBe(0);
    const garbage = new Request("http://app.test/", { method: "POST", body: "{}", headers: { "content-length": "12abc" } });
    await expect(readBody(garbage, limit)).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("reads a body within the limit whole, however it is chunked", async () => {
    const { req } = endlessBody(MB, 1000);
    expect((await readBody(req, limit)).byteLength).toBe(MB);
  });
});

describe("parseJsonBody and parseFormData", () => {
  const schema = z.object({ name: z.string(), tags: z.array(z.string()).optional() }).strict();
  const json = (body: string) => new Request("http://app.test/", { method: "POST", body, headers: { "content-type": "application/json" } });

  it("refuse a NUL or a lone surrogate anywhere in a JSON body, naming the field", async () => {
    await expect(parseJsonBody(json('{"name":"a\\u0000b"}'), schema)).rejects.toMatchObject({ code: "invalid_input", details: { name: [expect.any(String)] } });
    await expect(parseJsonBody(json('{"name":"ok","tags":["x","\\ud83d"]}'), schema)).rejects.toMatchObject({ code: "invalid_input", details: { "tags.1": [expect.any(String)] } });
    await expect(parseJsonBody(json('{"name":"ok","\\udc00":1}'), schema)).rejects.toMatchObject({ code: "invalid_input" });
    await expect(parseJsonBody(json('{"name":"fine 😀 \\ud83d\\ude00"}'), schema)).resolves.toEqual({ name: "fine 😀 😀" });
  });

  it("refuse bytes that are not UTF-8 as malformed JSON", async () => {
    const req = new Request("http://app.test/", { method: "POST", body: new Uint8Array([0x7b, 0xff, 0x7d]), headers: { "content-type": "application/json" } });
    await expect(parseJsonBody(req, schema)).rejects.toMatchObject({ code: "invalid_input", message: "Malformed JSON body" });
  });

  it("refuse a NUL in a multipart text field or file name, and an oversize multipart body", async () => {
    const form = new FormData();
    form.append("name", "a\u0000b");
    const req = new Request("http://app.test/", { method: "POST", body: form });
    await expect(parseFormData(req, limit)).rejects.toMatchObject({ code: "invalid_input", details: { name: [expect.any(String)] } });
    const big = new FormData();
    big.append("file", new File([new Uint8Array(2 * MB)], "big.png", { type: "image/png" }));
    await expect(parseFormData(new Request("http://app.test/", { method: "POST", body: big }), limit)).rejects.toMatchObject({ code: "payload_too_large" });
    const ok = new FormData();
    ok.append("name", "Ada");
    expect((await parseFormData(new Request("http://app.test/", { method: "POST", body: ok }), limit)).get("name")).toBe("Ada");
  });
});
