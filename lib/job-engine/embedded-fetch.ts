import type { IncomingEvent } from "./embedded-driver";

/** What receives the events: an embedded driver, or anything with its `dispatch`. */
export interface EventDispatcher {
  dispatch(events: IncomingEvent[]): Promise<string[]>;
}

/**
 * The `fetch` an embedded-mode Inngest client uses: `inngest.send` and `step.sendEvent` POST to
 * `<base>/e/<event key>`, which lands in the driver instead of the network. Anything else the SDK
 * might call (checkpointing, sync) has no server to go to and gets a 404, never a real request.
 */
export function createEmbeddedFetch(getDispatcher: () => EventDispatcher | Promise<EventDispatcher>): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    if (request.method !== "POST" || !/\/e\/[^/]*$/.test(new URL(request.url).pathname)) {
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
