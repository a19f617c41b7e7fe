import type { ApiClient } from "./api-client";

/** Polls a generation over REST until it finishes (or the deadline passes) and returns it. */
export async function waitForGeneration(api: ApiClient, generationId: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last: any;
  while (Date.now() < deadline) {
    const res = await api.get(`/api/v1/generations/${generationId}`);
    last = res.body?.generation;
    if (last && (last.status === "completed" || last.status === "failed")) return last;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`generation ${generationId} did not finish in ${timeoutMs} ms; last: ${JSON.stringify(last)}`);
}
