/** What the embedded driver keeps per run in JobRun.steps, and how it turns into the SDK's request. */

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
}

/** A memoized step as the SDK expects it back: its data, or the error it finally failed with. */
export type StepResult = { data: unknown } | { error: SerializedError };

/** A step that has been seen but has no result yet: a sleep until a time, or an invoked child run. */
export type PendingStep = { kind: "sleep"; until: string } | { kind: "invoke"; childRunId: string };

export interface RunState {
  /** Hashed step ids in the order they finished: the SDK replays parallel steps in this order. */
  order: string[];
  results: Record<string, StepResult>;
  pending: Record<string, PendingStep>;
}

export function readRunState(json: unknown): RunState {
  const value = (json && typeof json === "object" ? json : {}) as Partial<RunState>;
  return {
    order: Array.isArray(value.order) ? [...value.order] : [],
    results: { ...(value.results ?? {}) },
    pending: { ...(value.pending ?? {}) },
  };
}

export function memoizeStep(state: RunState, stepId: string, result: StepResult) {
  if (!(stepId in state.results)) state.order.push(stepId);
  state.results[stepId] = result;
  delete state.pending[stepId];
}

/** Sleeps whose time has come become memoized (a finished sleep's result is null). */
export function finishDueSleeps(state: RunState, now: Date) {
  for (const [stepId, pending] of Object.entries(state.pending)) {
    if (pending.kind === "sleep" && new Date(pending.until) <= now) memoizeStep(state, stepId, { data: null });
  }
}

export function earliestSleepEnd(state: RunState): Date | undefined {
  const ends = Object.values(state.pending)
    .filter((pending) => pending.kind === "sleep")
    .map((pending) => new Date(pending.until).getTime());
  return ends.length ? new Date(Math.min(...ends)) : undefined;
}

export function pendingInvokes(state: RunState): Array<{ stepId: string; childRunId: string }> {
  return Object.entries(state.pending).flatMap(([stepId, pending]) =>
    pending.kind === "invoke" ? [{ stepId, childRunId: pending.childRunId }] : [],
  );
}

export function toSerializedError(value: unknown): SerializedError {
  if (value && typeof value === "object" && "message" in value) {
    const { name, message, stack } = value as Record<string, unknown>;
    return { name: typeof name === "string" ? name : "Error", message: String(message), stack: typeof stack === "string" ? stack : undefined };
  }
  return { name: "Error", message: typeof value === "string" ? value : JSON.stringify(value) ?? "Unknown error" };
}
