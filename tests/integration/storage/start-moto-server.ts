import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";

/** True when the Python moto_server binary is on PATH (it is on the project's CI machines). */
export function hasMotoServer() {
  return spawnSync("sh", ["-c", "command -v moto_server"]).status === 0;
}

async function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `moto_server` (an S3 emulator) on a free port; stop() kills exactly that child process. */
export async function startMotoServer() {
  if (!hasMotoServer()) throw new Error("moto_server is not on the PATH: install it with `pip install 'moto[server]'` (see README, Tests)");
  const port = await freePort();
  const child = spawn("moto_server", ["-H", "127.0.0.1", "-p", String(port)], { stdio: "ignore" });
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`moto_server exited with code ${child.exitCode}`);
    if (await fetch(endpoint).then(() => true, () => false)) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error("moto_server did not start within 20 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    endpoint,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill();
      }),
  };
}
