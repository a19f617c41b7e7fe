import { startEmbeddedDriver } from "./start-embedded-driver";

/** Starts the job runner for the configured mode: the embedded driver, or nothing but a log line when an Inngest server runs the jobs. */
export async function startJobs() {
  await startEmbeddedDriver();
}
