import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** The machine's own addresses, as `next dev -H 0.0.0.0` prints and answers them. */
function lanHosts() {
  const infos = Object.values(networkInterfaces()).flat();
  return infos.filter((info) => info && !info.internal && !info.address.startsWith("fe80")).map((info) => (info!.family === "IPv6" ? `[${info!.address}]` : info!.address));
}

// `npm run dev` opened at 127.0.0.1 or the LAN address must run its JavaScript: Next answers its dev
// resources (page chunks, HMR) only to the origins in allowedDevOrigins, so every address is listed.
describe("the dev server serves its scripts to every address it answers on", () => {
  let child: ChildProcess;
  let output = "";
  let port: number;
  const dataDir = mkdtempSync(path.join(tmpdir(), "likeness-dev-"));

  beforeAll(async () => {
    port = await freePort();
    // The default build folder: `next dev` keeps its output in .next/dev and leaves tsconfig.json alone.
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "development", NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: dataDir, DATABASE_URL: "" };
    delete env.NEXT_DIST_DIR;
    child = spawn(path.join(process.cwd(), "node_modules/.bin/next"), ["dev", "-H", "0.0.0.0", "-p", String(port)], { env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    const deadline = Date.now() + 90_000;
    while (!/Ready in/.test(output)) {
      if (child.exitCode !== null) throw new Error(`next dev exited:\n${output}`);
      if (Date.now() > deadline) throw new Error(`next dev did not start in 90 s:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 120_000);

  afterAll(async () => {
    child?.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    rmSync(dataDir, { recursive: true, force: true });
  });

  const hmr = (origin: string) => fetch(`http://127.0.0.1:${port}/_next/webpack-hmr`, { headers: { origin } });

  it("answers dev resources to localhost, 127.0.0.1, [::1] and each LAN address, and refuses other sites", async () => {
    const hosts = ["localhost", "127.0.0.1", "[::1]", ...lanHosts()];
    expect(hosts.length).toBeGreaterThan(3);
    for (const host of hosts) expect({ host, status: (await hmr(`http://${host}:${port}`)).status }).not.toMatchObject({ status: 403 });
    expect((await hmr("http://evil.example")).status).toBe(403);
  });

  it("a page opened at the LAN address loads its own scripts", async () => {
    const host = lanHosts()[0] ?? "127.0.0.1";
    const origin = `http://${host}:${port}`;
    const html = await (await fetch(`http://127.0.0.1:${port}/signin`, { headers: { host: `${host}:${port}` } })).text();
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]).filter((src) => src.startsWith("/_next/"));
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts.slice(0, 3)) {
      const res = await fetch(`http://127.0.0.1:${port}${src}`, { headers: { origin, referer: `${origin}/signin`, "sec-fetch-mode": "cors", "sec-fetch-site": "same-origin" } });
      expect({ src, status: res.status }).toEqual({ src, status: 200 });
    }
  }, 180_000);
});
