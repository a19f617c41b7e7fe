/** Starts the job runner for the configured mode (filled in with the embedded driver). */
export async function startJobs() {}
