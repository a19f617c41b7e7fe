import type { Inngest, InngestFunction } from "inngest";
import { serve } from "inngest/next";
import { type RunState, type SerializedError, toSerializedError } from "./run-state";

/** One instruction from the SDK in a 206 reply (see the wire protocol in docs/jobs.md). */
export interface StepOp {
  op: string;
  id: string;
  name?: string;
  displayName?: string;
  data?: unknown;
  error?: unknown;
  opts?: Record<string, unknown>;
}

export type HandlerReply =
  | { kind: "completed"; output: unknown }
  | { kind: "ops"; ops: StepOp[]; retryAfter?: string }
  | { kind: "error"; error: SerializedError; retriable: boolean; retryAfter?: string };

export interface RunRequest {
  functionId: string;
  /** "step" to let the SDK discover the next steps, or a hashed step id it planned. */
  stepId: string;
  runId: string;
  event: Record<string, unknown>;
  state: RunState;
  attempt: number;
  maxAttempts: number;
  /**
   * Let the SDK run several steps in this one call, handing each to the driver through the client's fetch
   * (`POST /v1/checkpoint/<run id>/async`, see createEmbeddedFetch; saved behind it, see
   * createCheckpointWriter) before it starts the next. The SDK
   * checkpoints only when the function's client allows it (Inngest 4's `checkpointing`, on by default).
   */
  checkpoint?: boolean;
}

export type ServeHandlerCaller = (request: RunRequest) => Promise<HandlerReply>;

// The handler never leaves the process, so the host is only there to make a valid URL.
const SERVE_URL = "http://embedded.likeness.internal/api/inngest";

/**
 * Calls the app's own Inngest serve handler the way the Inngest executor does, without a port. With
 * `checkpoint`, the request carries a function id and a queue item id as an Inngest server's does, which
 * is what makes the SDK checkpoint (its async-checkpointing mode).
 */
export function createServeHandlerCaller(client: Inngest.Any, functions: readonly InngestFunction.Any[]): ServeHandlerCaller {
  const handler = serve({ client, functions: [...functions] });
  return async ({ functionId, stepId, runId, event, state, attempt, maxAttempts, checkpoint }) => {
    const url = `${SERVE_URL}?fnId=${encodeURIComponent(functionId)}&stepId=${encodeURIComponent(stepId)}`;
    const body = {
      version: 2,
      event,
      events: [event],
      steps: state.results,
      ctx: {
        run_id: runId,
        attempt,
        max_attempts: maxAttempts,
        stack: { stack: state.order, current: Math.max(state.order.length - 1, 0) },
        ...(checkpoint && { fn_id: functionId, qi_id: runId }),
      },
    };
    try {
      const request = new Request(url, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
      const response = await handler.POST(request as Parameters<typeof handler.POST>[0], undefined);
      return await readReply(response);
    } catch (error) {
      return { kind: "error", error: toSerializedError(error), retriable: true };
    }
  };
}

async function readReply(response: Response): Promise<HandlerReply> {
  const text = await response.text();
  const body = parseJson(text);
  const retryAfter = response.headers.get("retry-after") ?? undefined;
  if (response.status === 200) return { kind: "completed", output: body };
  if (response.status === 206 && Array.isArray(body)) return { kind: "ops", ops: body as StepOp[], retryAfter };
  return {
    kind: "error",
    error: toSerializedError(body ?? `The serve handler answered ${response.status}`),
    retriable: response.headers.get("x-inngest-no-retry") !== "true",
    retryAfter,
  };
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
