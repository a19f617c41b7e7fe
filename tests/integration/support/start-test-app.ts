import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase } from "./test-database";

export interface TestApp {
  url: string;
  dataDir: string;
  databaseUrl?: string;
  /** The `next start` process (its workers are its descendants). */
  pid: number;
  logs: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

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

/**
 * Starts the production build (`next build` must have run; `npm test` does it) as a real server on a
 * free port: on a fresh PostgreSQL database, or on the embedded PGlite database in a temp DATA_DIR.
 */
export async function startTestApp(options: {
  database: "postgres" | "embedded";
  env?: Record<string, string>;
  /** Reuse a data folder (embedded database and files) to test a restart; it is then left in place. */
  dataDir?: string;
}): Promise<TestApp> {
  const root = process.cwd();
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(path.join(root, distDir, "BUILD_ID"))) {
    throw new Error("No production build found. Run `npm run build` first (npm test does).");
  }
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), "likeness-test-"));
  const database = options.database === "postgres" ? await createTestDatabase() : undefined;
  if (database) await database.prisma.$disconnect();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    DATA_DIR: dataDir,
    AUTH_SECRET: "test-secret-test-secret-test-secret",
    DATABASE_URL: database?.url ?? "",
    // Tests poll fast; the API rate limit has its own test, which sets a low limit.
    RATE_LIMIT_PER_MINUTE: "1000000",
    ...options.env,
  };
  let output = "";
  const child: ChildProcess = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (true) {
    if (child.exitCode !== null) throw new Error(`App exited during start:\n${output}`);
    try {
      const res = await fetch(`${url}/api/v1/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`App did not become healthy in 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    dataDir,
    databaseUrl: database?.url,
    pid: child.pid!,
    logs: () => output,
    async stop(signal: NodeJS.Signals = "SIGTERM") {
      if (child.exitCode === null) {
        child.kill(signal);
        await new Promise((resolve) => {
          const timer = setTimeout(() => (child.kill("SIGKILL"), resolve(null)), 5000);
          child.once("exit", () => (clearTimeout(timer), resolve(null)));
        });
      }
      await database?.drop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
