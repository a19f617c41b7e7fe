import type { StepOp } from "./call-serve-handler";
import type { IncomingEvent } from "./embedded-driver";

/** What receives the events: an embedded driver, or anything with its `dispatch`. */
export interface EventDispatcher {
  dispatch(events: IncomingEvent[]): Promise<string[]>;
  /**
   * Saves steps the SDK finished inside one call (checkpointing); false when this process does not
   * hold the run (cancelled, or taken over), which tells the SDK to stop.
   */
  checkpoint?(runId: string, steps: StepOp[]): Promise<boolean>;
}

const CHECKPOINT_PATH = /\/v1\/checkpoint\/([^/]+)\/async$/;

/**
 * The `fetch` an embedded-mode Inngest client uses: `inngest.send` and `step.sendEvent` POST to
 * `<base>/e/<event key>`, which lands in the driver instead of the network, and so do the steps the SDK
 * checkpoints during a call (`<base>/v1/checkpoint/<run id>/async`: 200 saved, 409 the run is no
 * longer this process's). Anything else the SDK might call (sync, new-run checkpoints) has no server to
 * go to and gets a 404, never a real request.
 */
export function createEmbeddedFetch(getDispatcher: () => EventDispatcher | Promise<EventDispatcher>): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const { pathname } = new URL(request.url);
    const checkpointed = request.method === "POST" ? CHECKPOINT_PATH.exec(pathname) : null;
    if (checkpointed) return saveCheckpoint(await getDispatcher(), decodeURIComponent(checkpointed[1]), request);
    if (request.method !== "POST" || !/\/e\/[^/]*$/.test(pathname)) {
      return Response.json({ error: `No Inngest server in embedded mode (${request.method} ${new URL(request.url).pathname})`, status: 404 }, { status: 404 });
    }
    try {
      const body = (await request.json()) as IncomingEvent | IncomingEvent[];
      const ids = await (await getDispatcher()).dispatch(Array.isArray(body) ? body : [body]);
      return Response.json({ ids, status: 200 });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return Response.json({ ids: [], status: 500, error: `The embedded job driver could not store the event: ${message}` }, { status: 500 });
    }
  };
}

async function saveCheckpoint(dispatcher: EventDispatcher, runId: string, request: Request): Promise<Response> {
  if (!dispatcher.checkpoint) return Response.json({ error: "This dispatcher does not take checkpoints", status: 404 }, { status: 404 });
  try {
    const { steps } = (await request.json()) as { steps?: StepOp[] };
    const held = await dispatcher.checkpoint(runId, Array.isArray(steps) ? steps : []);
    return held ? Response.json({ status: 200 }) : Response.json({ error: `Run ${runId} is not held by this process`, status: 409 }, { status: 409 });
  } catch (error) {
    // The SDK retries, then falls back to returning the steps in its reply, which the driver saves as before.
    return Response.json({ error: `The embedded job driver could not save the steps: ${error instanceof Error ? error.message : error}`, status: 500 }, { status: 500 });
  }
}
