import { vi } from "vitest";

/** For tests that run jobs in-process on the embedded engine: start, wait and stop it, quietly. */

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 10 ms until it holds; throws after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await pause(10);
  }
}

/** Starts the embedded engine with fast retries and polling; the app's own logs are silenced. */
export async function startQuietJobs() {
  vi.spyOn(console, "log").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
  const { startJobs } = await import("@/inngest/start-jobs");
  await startJobs({ retryBaseDelayMs: 10, pollIntervalMs: 50, log: () => {} });
}

export async function stopQuietJobs() {
  const { stopJobs } = await import("@/inngest/start-jobs");
  await stopJobs();
}

/** Waits until no run is queued or running. */
export async function waitForJobsIdle() {
  const { getEmbeddedDriver } = await import("@/inngest/start-jobs");
  await (await getEmbeddedDriver()).waitForIdle({ timeoutMs: 120_000 });
}
