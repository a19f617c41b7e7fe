import { getConfig } from "@/lib/config/env";
import { createPrismaRunStore } from "@/lib/db/prisma-run-store";
import { createEmbeddedDriver, type EmbeddedDriver, type EmbeddedDriverOptions } from "@/lib/job-engine";
import { inngest } from "./client";
import { setEmbeddedDispatcher } from "./embedded-dispatcher";
import { functions } from "./functions";
import { jobsSetup } from "./jobs-mode";

// One driver per process: Next.js may evaluate this module more than once, and two drivers would
// each claim runs and double the concurrency.
const globalForJobs = globalThis as unknown as { likenessJobDriver?: Promise<EmbeddedDriver | null> };

const DAY_MS = 86_400_000;

async function startEmbeddedDriver(overrides: Partial<EmbeddedDriverOptions>): Promise<EmbeddedDriver> {
  const config = getConfig();
  const driver = createEmbeddedDriver({
    client: inngest,
    functions,
    store: createPrismaRunStore(),
    concurrency: config.JOBS_CONCURRENCY,
    retention: { completedMs: config.JOB_RETENTION_DAYS * DAY_MS, failedMs: config.JOB_FAILED_RETENTION_DAYS * DAY_MS },
    ...overrides,
  });
  await driver.start();
  console.log(`[jobs] embedded driver, concurrency ${driver.concurrency}`);
  return driver;
}

/**
 * What runs the jobs, started once per process at boot (lib/startup/start-app.ts): in embedded mode the
 * embedded driver (resuming interrupted runs), which from then on receives the client's sends; in dev
 * and cloud modes nothing but a log line saying which Inngest server runs them (the result is null).
 * `overrides` exist for tests and scripts (their own functions, faster retries).
 */
export function startJobs(overrides: Partial<EmbeddedDriverOptions> = {}): Promise<EmbeddedDriver | null> {
  if (!globalForJobs.likenessJobDriver) {
    const setup = jobsSetup();
    if (setup.embedded) {
      const starting = startEmbeddedDriver(overrides);
      globalForJobs.likenessJobDriver = starting;
      setEmbeddedDispatcher(starting);
      starting.catch(() => {
        if (globalForJobs.likenessJobDriver !== starting) return;
        globalForJobs.likenessJobDriver = undefined;
        setEmbeddedDispatcher(undefined);
      });
    } else {
      console.log(setup.serverLine);
      globalForJobs.likenessJobDriver = Promise.resolve(null);
    }
  }
  return globalForJobs.likenessJobDriver;
}

/** The running embedded driver, started on first use (scripts and tests that wait for their jobs). */
export async function getEmbeddedDriver(): Promise<EmbeddedDriver> {
  const driver = await startJobs();
  if (!driver) throw new Error(`Jobs run on an Inngest server in "${getConfig().jobsMode}" mode; there is no embedded driver`);
  return driver;
}

/** Stops the driver (handing its runs back to the queue) so that a later start creates a fresh one. */
export async function stopJobs() {
  const driver = await globalForJobs.likenessJobDriver?.catch(() => null);
  globalForJobs.likenessJobDriver = undefined;
  setEmbeddedDispatcher(undefined);
  await driver?.stop();
}
