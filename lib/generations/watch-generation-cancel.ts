import { isGenerationCancelled } from "./is-generation-cancelled";

/**
 * An AbortSignal that fires when the generation is cancelled while a provider call is in flight
 * (the row is read every `intervalMs`). A queue-based provider cancels its prediction on it; a
 * synchronous one may ignore it. Call `stop()` once the call has returned.
 */
export function watchGenerationCancel(generationId: string, intervalMs = 1000) {
  const controller = new AbortController();
  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    checking = true;
    isGenerationCancelled(generationId)
      .then((cancelled) => {
        if (cancelled) controller.abort(new Error("The generation was cancelled"));
      })
      .catch(() => undefined)
      .finally(() => (checking = false));
  }, intervalMs);
  timer.unref();
  return {
    signal: controller.signal,
    stop: () => clearInterval(timer),
  };
}
