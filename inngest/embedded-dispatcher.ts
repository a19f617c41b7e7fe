import type { EventDispatcher } from "@/lib/job-engine";

// One per process, on globalThis: Next.js may evaluate this module more than once (instrumentation,
// route handlers, server actions), and every copy of the client must reach the one running driver.
const globalForJobs = globalThis as unknown as { likenessEventDispatcher?: Promise<EventDispatcher> };

/** Where the embedded client's sends go: set by inngest/start-jobs.ts when it starts the driver, cleared when it stops. */
export function setEmbeddedDispatcher(dispatcher: Promise<EventDispatcher> | undefined) {
  globalForJobs.likenessEventDispatcher = dispatcher;
}

export function getEmbeddedDispatcher(): Promise<EventDispatcher> {
  if (!globalForJobs.likenessEventDispatcher) {
    throw new Error("the embedded job driver is not running (the server starts it at boot; a script or test calls startJobs() from inngest/start-jobs first)");
  }
  return globalForJobs.likenessEventDispatcher;
}
