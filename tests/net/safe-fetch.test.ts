import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertUrlAllowed, nonPublicRange, OutboundFetchError, safeFetch } from "@/lib/net";

describe("nonPublicRange", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["::1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.20.0.1", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "private"],
    ["169.254.169.254", "cloud metadata"],
    ["fd00:ec2::254", "cloud metadata"],
    ["169.254.10.1", "link-local"],
    ["fe80::1", "link-local"],
    ["fd12:3456::1", "unique-local"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["64:ff9b::a9fe:a9fe", "cloud metadata"],
    ["0.0.0.0", "reserved"],
    ["224.0.0.1", "multicast"],
    ["not-an-ip", "reserved"],
  ])("%s is %s", (address, range) => {
    expect(nonPublicRange(address)).toBe(range);
  });

  it.each(["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "93.184.216.34"])("%s is public", (address) => {
    expect(nonPublicRange(address)).toBeUndefined();
  });
});

describe("assertUrlAllowed", () => {
  it("refuses other schemes, credentials and private addresses with the reason", async () => {
    await expect(assertUrlAllowed("ftp://example.com/x", { allowPrivate: false })).rejects.toThrow(/Only http and https/);
    await expect(assertUrlAllowed("http://u:p@example.com/", { allowPrivate: false })).rejects.toThrow(/user name or password/);
    await expect(assertUrlAllowed("not a url", { allowPrivate: false })).rejects.toThrow(/cannot be read/);
    await expect(assertUrlAllowed("http://127.0.0.1:9/", { allowPrivate: false })).rejects.toThrow(/loopback/);
    await expect(assertUrlAllowed("http://[::1]:9/", { allowPrivate: false })).rejects.toThrow(/loopback/);
    await expect(assertUrlAllowed("http://169.254.169.254/latest", { allowPrivate: true })).resolves.toBeInstanceOf(URL);
    await expect(assertUrlAllowed("http://localhost:9/", { allowPrivate: false })).rejects.toThrow(/localhost .* loopback/);
  });
});

describe("safeFetch", () => {
  let server: http.Server;
  let base: string;
  let port: number;

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      const path = request.url ?? "/";
      if (path === "/ok") return void response.end("hello");
      if (path === "/big") return void response.end(Buffer.alloc(5000, 1));
      if (path === "/slow") return void setTimeout(() => response.end("late"), 2000);
      if (path === "/to-other-loopback") {
        response.writeHead(302, { location: `http://127.0.0.2:${port}/ok` });
        return void response.end();
      }
      if (path === "/to-ok") {
        response.writeHead(301, { location: "/ok" });
        return void response.end();
      }
      if (path === "/loop") {
        response.writeHead(302, { location: "/loop" });
        return void response.end();
      }
      if (path === "/echo") {
        let body = "";
        request.on("data", (c) => (body += c));
        request.on("end", () => response.end(`${request.method}:${body}`));
        return;
      }
      response.statusCode = 404;
      response.end("no");
    });
    await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
    port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const options = { timeoutMs: 1000, maxBytes: 1024, allowPrivate: false, allowAddresses: ["127.0.0.1"] };

  it("fetches an allowed address and follows a redirect to it", async () => {
    const result = await safeFetch(`${base}/to-ok`, options);
    expect(result.status).toBe(200);
    expect(result.body.toString()).toBe("hello");
    expect(result.url).toBe(`${base}/ok`);
  });

  it("refuses a loopback target unless private addresses are allowed", async () => {
    const refused = safeFetch(`http://127.0.0.2:${port}/ok`, { ...options, allowAddresses: [] });
    await expect(refused).rejects.toMatchObject({ reason: "blocked", code: "invalid_input" });
    await expect(refused).rejects.toThrow(/loopback/);
    const allowed = await safeFetch(`http://127.0.0.2:${port}/ok`, { ...options, allowPrivate: true });
    expect(allowed.body.toString()).toBe("hello");
  });

  it("checks the host name's addresses when connecting, not only IP literals", async () => {
    await expect(safeFetch(`http://localhost:${port}/ok`, { ...options, allowAddresses: [] })).rejects.toMatchObject({ reason: "blocked" });
  });

  it("refuses a redirect to a private address", async () => {
    await expect(safeFetch(`${base}/to-other-loopback`, options)).rejects.toMatchObject({ reason: "blocked" });
  });

  it("stops at the size limit, or truncates when asked", async () => {
    await expect(safeFetch(`${base}/big`, options)).rejects.toMatchObject({ reason: "too_large" });
    const cut = await safeFetch(`${base}/big`, { ...options, overflow: "truncate", maxBytes: 500 });
    expect(cut.body.length).toBe(500);
    expect(cut.truncated).toBe(true);
  });

  it("times out a slow server with a clear message", async () => {
    const slow = safeFetch(`${base}/slow`, { ...options, timeoutMs: 200 });
    await expect(slow).rejects.toBeInstanceOf(OutboundFetchError);
    await expect(slow).rejects.toThrow(/did not answer within/);
  });

  it("gives up on a redirect loop", async () => {
    await expect(safeFetch(`${base}/loop`, options)).rejects.toMatchObject({ reason: "redirects" });
  });

  it("sends a POST body", async () => {
    const result = await safeFetch(`${base}/echo`, { ...options, method: "POST", body: "{\"a\":1}", headers: { "content-type": "application/json" } });
    expect(result.body.toString()).toBe('POST:{"a":1}');
  });
});
