import { randomUUID } from "node:crypto";
import { sleepEndsAt } from "./compute-delays";
import type { StepOp, HandlerReply } from "./call-serve-handler";
import { FUNCTION_INVOKED_EVENT, type FunctionRegistry, runPriority } from "./function-registry";
import type { NewRun } from "./run-store";
import { memoizeStep, type RunState, type SerializedError, toSerializedError } from "./run-state";

/** What one reply's ops did to a run. */
export interface OpsOutcome {
  progressed: boolean;
  /** A step (or the function) threw and may succeed on another attempt. */
  retry?: { error: SerializedError; retryAfter?: string };
  /** Something that must end the run now (an unsupported step kind, a non-retriable error). */
  failure?: SerializedError;
  /** Child runs for step.invoke, created together with the saved state. */
  newRuns: NewRun[];
}

const UNSUPPORTED: Record<string, string> = {
  WaitForEvent: "step.waitForEvent",
  WaitForSignal: "step.waitForSignal",
  AIGateway: "step.ai.infer",
  Gateway: "step.fetch",
};

interface ApplyContext {
  runId: string;
  state: RunState;
  registry: FunctionRegistry;
  /** Runs one step the SDK planned (parallel steps), returning the SDK's reply. */
  runPlannedStep: (stepId: string) => Promise<HandlerReply>;
}

/**
 * Applies the ops of a 206 reply. Planned (parallel) steps run one after another, so a run never
 * holds more than one of the JOBS_CONCURRENCY slots.
 */
export async function applyStepOps(context: ApplyContext, ops: StepOp[], retryAfter?: string): Promise<OpsOutcome> {
  const outcome: OpsOutcome = { progressed: false, newRuns: [] };
  const { state } = context;
  const applyOne = async (op: StepOp, opRetryAfter: string | undefined, nested: boolean) => {
    switch (op.op) {
      case "StepRun":
        memoizeStep(state, op.id, { data: op.data ?? null });
        outcome.progressed = true;
        return;
      case "StepFailed":
        // Out of attempts (or NonRetriableError): the function sees the error thrown by the step.
        memoizeStep(state, op.id, { error: toSerializedError(op.error) });
        outcome.progressed = true;
        return;
      case "StepError":
        outcome.retry ??= { error: toSerializedError(op.error), retryAfter: opRetryAfter };
        return;
      case "StepPlanned": {
        if (nested) return;
        const reply = await context.runPlannedStep(op.id);
        if (reply.kind === "ops") for (const inner of reply.ops) await applyOne(inner, reply.retryAfter, true);
        else if (reply.kind === "error" && reply.retriable) outcome.retry ??= { error: reply.error, retryAfter: reply.retryAfter };
        else if (reply.kind === "error") outcome.failure ??= reply.error;
        return;
      }
      case "Sleep":
        if (!state.pending[op.id]) state.pending[op.id] = { kind: "sleep", until: sleepEndsAt(op.name).toISOString() };
        return;
      case "InvokeFunction":
        if (!state.pending[op.id]) startChildRun(context, op, outcome);
        return;
      default:
        outcome.failure ??= {
          name: "UnsupportedStepError",
          message: `${UNSUPPORTED[op.op] ?? `The step kind "${op.op}"`} ("${op.displayName ?? op.name ?? op.id}") is not supported by the embedded job driver; run the Inngest dev server (INNGEST_DEV=1) for this function`,
        };
    }
  };
  for (const op of ops) await applyOne(op, retryAfter, false);
  return outcome;
}

function startChildRun(context: ApplyContext, op: StepOp, outcome: OpsOutcome) {
  const functionId = String(op.opts?.function_id ?? "");
  const child = context.registry.get(functionId);
  if (!child) {
    memoizeStep(context.state, op.id, { error: { name: "Error", message: `step.invoke: no function "${functionId}" is served by this app` } });
    outcome.progressed = true;
    return;
  }
  const payload = (op.opts?.payload ?? {}) as { data?: Record<string, unknown> };
  // Derived from the parent and step, so saving the same invoke twice can never start two children.
  const childRunId = `${context.runId}.${op.id}`;
  const event = { name: FUNCTION_INVOKED_EVENT, data: payload.data ?? {}, id: randomUUID(), ts: Date.now() };
  outcome.newRuns.push({ id: childRunId, functionId, event, parentRunId: context.runId, priority: runPriority(child, event) });
  context.state.pending[op.id] = { kind: "invoke", childRunId };
}
