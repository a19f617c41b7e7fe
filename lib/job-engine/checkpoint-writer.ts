/**
 * Saves a run's checkpointed steps behind the SDK, at most once per `intervalMs`: the first step is
 * saved at once, later ones within the interval are saved together when it ends (or by the driver's
 * next commit, which carries the whole state). The SDK goes on to its next step without waiting, so a
 * run of short steps costs one write per interval instead of one per step. A crash loses at most the
 * last interval's steps, which run again: every step is idempotent (as a step cut off mid-way already
 * had to be). A lost claim is reported by the next `save` (false) and by `settle`.
 */
export function createCheckpointWriter(write: () => Promise<void>, intervalMs: number, isLeaseLost: (error: unknown) => boolean) {
  let inFlight: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let pending = false;
  let lastWriteAt = -Infinity;
  let leaseLost = false;
  let failure: unknown;

  function start() {
    pending = false;
    lastWriteAt = Date.now();
    inFlight = write()
      .catch((error: unknown) => {
        if (isLeaseLost(error)) leaseLost = true;
        else failure ??= error;
      })
      .finally(() => {
        inFlight = null;
        if (pending) schedule();
      });
  }

  function schedule() {
    if (inFlight || timer || leaseLost) return;
    const wait = lastWriteAt + intervalMs - Date.now();
    if (wait <= 0) return start();
    timer = setTimeout(() => {
      timer = undefined;
      if (pending && !inFlight) start();
    }, wait);
    timer.unref();
  }

  return {
    /** New steps are in the state: saves them now or soon. False once the claim is known lost; throws a failed write's error. */
    save(): boolean {
      if (failure) throw failure;
      if (leaseLost) return false;
      pending = true;
      schedule();
      return true;
    },

    /**
     * Waits for a write in progress and cancels the one scheduled: the driver's own commit (with the
     * whole state) follows, so a write that failed for another reason is dropped here and that commit
     * meets the error itself. Returns whether the claim was lost.
     */
    async settle(): Promise<{ leaseLost: boolean }> {
      clearTimeout(timer);
      timer = undefined;
      pending = false;
      while (inFlight) await inFlight;
      failure = undefined;
      return { leaseLost };
    },
  };
}
