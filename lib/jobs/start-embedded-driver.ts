import { getConfig } from "@/lib/config/env";
import { resolveInngestUrl } from "./resolve-inngest-url";
import { createEmbeddedDriver, type EmbeddedDriver, type EmbeddedDriverOptions } from "./embedded-driver";

// One driver per process: Next.js may evaluate this module more than once, and two drivers would
// each claim runs and double the concurrency.
const globalForJobs = globalThis as unknown as { likenessJobDriver?: Promise<EmbeddedDriver | null> };

/**
 * Starts the process's embedded job driver (resuming interrupted runs) when jobs are embedded, and
 * logs the jobs mode once. Returns null in dev and cloud modes, where an Inngest server runs them.
 * `overrides` exist for tests (their own functions, faster retries).
 */
export function startEmbeddedDriver(overrides: Partial<EmbeddedDriverOptions> = {}): Promise<EmbeddedDriver | null> {
  globalForJobs.likenessJobDriver ??= (async () => {
    const config = getConfig();
    if (config.jobsMode !== "embedded") {
      const url = resolveInngestUrl(config);
      console.log(config.jobsMode === "dev" ? `[jobs] Inngest dev server at ${url ?? "http://localhost:8288"}` : `[jobs] Inngest ${url ? `server at ${url}` : "Cloud"}`);
      return null;
    }
    const [{ inngest }, { functions }] = await Promise.all([import("@/inngest/client"), import("@/inngest/functions")]);
    const driver = createEmbeddedDriver({ client: inngest, functions, ...overrides });
    await driver.start();
    console.log(`[jobs] embedded driver, concurrency ${driver.concurrency}`);
    return driver;
  })();
  globalForJobs.likenessJobDriver.catch(() => (globalForJobs.likenessJobDriver = undefined));
  return globalForJobs.likenessJobDriver;
}

/** The running embedded driver, started on first use (an event sent before start-up still runs). */
export async function getEmbeddedDriver(): Promise<EmbeddedDriver> {
  const driver = await startEmbeddedDriver();
  if (!driver) throw new Error(`Jobs run on an Inngest server in "${getConfig().jobsMode}" mode; there is no embedded driver`);
  return driver;
}

/** Stops the driver (handing its runs back to the queue) so that a later start creates a fresh one. */
export async function stopEmbeddedDriver() {
  const driver = await globalForJobs.likenessJobDriver?.catch(() => null);
  globalForJobs.likenessJobDriver = undefined;
  await driver?.stop();
}

