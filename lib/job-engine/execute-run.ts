import { randomUUID } from "node:crypto";
import { applyStepOps } from "./apply-step-ops";
import { createCheckpointWriter } from "./checkpoint-writer";
import type { HandlerReply, ServeHandlerCaller, StepOp } from "./call-serve-handler";
import { retryDelayMs } from "./compute-delays";
import { FUNCTION_FAILED_EVENT, type FunctionRegistry, type RegisteredFunction } from "./function-registry";
import type { LeasedStore } from "./leased-store";
import { LeaseLostError, type NewRun, type StoredRun } from "./run-store";
import { earliestSleepEnd, finishDueSleeps, memoizeStep, pendingInvokes, readRunState, type RunState, type SerializedError } from "./run-state";

export interface ExecuteDependencies {
  registry: FunctionRegistry;
  callHandler: ServeHandlerCaller;
  store: LeasedStore;
  retryBaseDelayMs: number;
  /** The runs an event starts (used for inngest/function.failed). */
  runsForEvent: (event: Record<string, unknown>) => NewRun[];
  /** Where the SDK's checkpoints for a run executing now are saved (see saveCheckpointedSteps). */
  checkpoints: Map<string, (steps: StepOp[]) => Promise<boolean>>;
  log: (message: string) => void;
}

// After this many handler calls a run goes back to the queue, so a long function cannot keep a slot forever.
const MAX_CALLS_PER_TURN = 200;

// Checkpointed steps are saved at most this often per run (the first at once); see createCheckpointWriter.
const CHECKPOINT_INTERVAL_MS = 250;

/** Executes a claimed run until it finishes, fails, sleeps, waits on a child or backs off for a retry. */
export async function executeRun(deps: ExecuteDependencies, run: StoredRun): Promise<void> {
  try {
    await drive(deps, run);
  } catch (error) {
    if (error instanceof LeaseLostError) {
      const [now] = await deps.store.findRuns([run.id]).catch(() => []);
      if (now?.status === "cancelled") return deps.log(`[jobs] run ${run.id} (${run.functionId}) was cancelled; its last step's result is dropped`);
      return deps.log(`[jobs] run ${run.id} was taken over by another process; dropping this attempt`);
    }
    deps.log(`[jobs] run ${run.id} (${run.functionId}) hit a driver error, will retry: ${error instanceof Error ? error.message : error}`);
    // If even this write fails, the claim expires and the run is recovered later.
    await deps.store
      .commit(run.id, { status: "queued", runAfter: new Date(Date.now() + retryDelayMs(run.attempt, deps.retryBaseDelayMs)) })
      .catch(() => undefined);
  }
}

async function drive(deps: ExecuteDependencies, run: StoredRun) {
  const { store } = deps;
  const fn = deps.registry.get(run.functionId);
  const state = readRunState(run.steps);
  const event = run.event as Record<string, unknown>;
  if (!fn) return fail(deps, run, state, undefined, { name: "Error", message: `No function "${run.functionId}" is served by this app (renamed or removed?)` });

  await collectChildResults(deps, state);
  finishDueSleeps(state, new Date());
  let attempt = run.attempt;
  // Set by a checkpoint during the current call: steps finished (saved behind it), and their retry counter starts over.
  let checkpointed: boolean | undefined;
  // Steps the SDK finishes inside one call arrive here and are saved behind it (see createCheckpointWriter).
  const writer = createCheckpointWriter(
    () => store.commit(run.id, { status: "running", state, attempt: 0 }),
    CHECKPOINT_INTERVAL_MS,
    (error) => error instanceof LeaseLostError,
  );
  deps.checkpoints.set(run.id, async (steps) => {
    const finished = steps.filter((step) => step.op === "StepRun");
    if (!finished.length) return true;
    for (const step of finished) memoizeStep(state, step.id, { data: step.data ?? null });
    attempt = 0;
    checkpointed = true;
    return writer.save();
  });
  const call = async (stepId: string) => {
    // Only a call that discovers steps may checkpoint; a planned step runs alone, as on Inngest.
    const reply = await deps.callHandler({ functionId: fn.id, stepId, runId: run.id, event, state, attempt, maxAttempts: fn.maxAttempts, checkpoint: stepId === "step" });
    // Every commit after a call carries the whole state; the SDK stops when a checkpoint is refused,
    // and whatever it answered then is not ours to save.
    if ((await writer.settle()).leaseLost) throw new LeaseLostError(run.id);
    return reply;
  };

  try {
    for (let calls = 0; calls < MAX_CALLS_PER_TURN; calls++) {
      checkpointed = false;
      const reply = await call("step");
      const completed = completion(reply);
      if (completed) {
        await store.commit(run.id, { status: "completed", state, output: completed.output, lastError: null });
        if (run.parentRunId) await store.wakeParent(run.parentRunId);
        return;
      }
      if (reply.kind === "error") {
        if (!reply.retriable || attempt + 1 >= fn.maxAttempts) return fail(deps, run, state, fn, reply.error);
        return retryLater(deps, run, state, attempt, reply.error, reply.retryAfter);
      }
      if (reply.kind !== "ops") continue;

      const outcome = await applyStepOps({ runId: run.id, state, registry: deps.registry, runPlannedStep: call }, reply.ops, reply.retryAfter);
      const progressed = outcome.progressed || checkpointed;
      if (outcome.failure) return fail(deps, run, state, fn, outcome.failure);
      if (outcome.retry) {
        // The SDK reports a step's last attempt as StepFailed; this guards against looping forever regardless.
        if (attempt + 1 >= fn.maxAttempts) return fail(deps, run, state, fn, outcome.retry.error);
        return retryLater(deps, run, state, attempt, outcome.retry.error, outcome.retry.retryAfter, outcome.newRuns);
      }
      if (pendingInvokes(state).length && !progressed) {
        await store.commit(run.id, { status: "waiting", state, attempt }, outcome.newRuns);
        // A child that finished before we saved "waiting" could not wake us; look once more.
        if (await collectChildResults(deps, state)) await store.wakeParent(run.id);
        return;
      }
      const sleepEnd = earliestSleepEnd(state);
      if (sleepEnd) return store.commit(run.id, { status: "queued", state, attempt: progressed ? 0 : attempt, runAfter: sleepEnd });
      if (!progressed) {
        return retryLater(deps, run, state, attempt, { name: "Error", message: "The serve handler returned no step to run" });
      }
      // A step finished: its retry counter starts over, and its result is saved before going on.
      attempt = 0;
      await store.commit(run.id, { status: "running", state, attempt }, outcome.newRuns);
    }
    await store.commit(run.id, { status: "queued", state, attempt, runAfter: new Date() });
  } finally {
    deps.checkpoints.delete(run.id);
    // A call that threw never settled: no write of this run may still be pending or start later.
    await writer.settle();
  }
}

/**
 * The function's return value when this reply ends the run: a 200, or (checkpointing) a 206 whose ops
 * end with RunComplete, after any steps it finished that were not checkpointed yet.
 */
function completion(reply: HandlerReply): { output: unknown } | null {
  if (reply.kind === "completed") return { output: reply.output };
  if (reply.kind !== "ops") return null;
  const done = reply.ops.find((op) => op.op === "RunComplete");
  return done ? { output: done.data ?? null } : null;
}

/** Memoizes the results of invoked children that have finished; true when there were any. */
async function collectChildResults(deps: ExecuteDependencies, state: RunState) {
  const waiting = pendingInvokes(state);
  if (!waiting.length) return false;
  const children = new Map((await deps.store.findRuns(waiting.map((w) => w.childRunId))).map((child) => [child.id, child]));
  let found = false;
  for (const { stepId, childRunId } of waiting) {
    const child = children.get(childRunId);
    if (child?.status === "completed") memoizeStep(state, stepId, { data: child.output ?? null });
    else if (child?.status === "failed") memoizeStep(state, stepId, { error: { name: "Error", message: child.lastError ?? "The invoked function failed" } });
    else if (child?.status === "cancelled") memoizeStep(state, stepId, { error: { name: "Error", message: "The invoked function was cancelled" } });
    else continue;
    found = true;
  }
  return found;
}

async function retryLater(deps: ExecuteDependencies, run: StoredRun, state: RunState, attempt: number, error: SerializedError, retryAfter?: string, newRuns: NewRun[] = []) {
  const runAfter = new Date(Date.now() + retryDelayMs(attempt, deps.retryBaseDelayMs, retryAfter));
  await deps.store.commit(run.id, { status: "queued", state, attempt: attempt + 1, runAfter, lastError: error.message }, newRuns);
}

/** Ends a run as failed and, in the same transaction, starts its onFailure handler (inngest/function.failed). */
async function fail(deps: ExecuteDependencies, run: StoredRun, state: RunState, fn: RegisteredFunction | undefined, error: SerializedError) {
  const failed = {
    name: FUNCTION_FAILED_EVENT,
    id: randomUUID(),
    ts: Date.now(),
    data: { function_id: run.functionId, run_id: run.id, error, event: run.event },
  };
  const followUps = fn && !fn.isFailureHandler ? deps.runsForEvent(failed) : [];
  await deps.store.commit(run.id, { status: "failed", state, lastError: error.message, output: null }, followUps);
  if (run.parentRunId) await deps.store.wakeParent(run.parentRunId);
  deps.log(`[jobs] ${run.functionId} run ${run.id} failed: ${error.message}`);
}
