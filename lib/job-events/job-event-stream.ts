import { subscribeJobEvents } from "./job-event-bus";
import type { JobEventMessage } from "./job-event-types";
import { latestJobEventId, listJobEventsAfter } from "./list-job-events-after";

export const HEARTBEAT_MS = 15_000;

export function formatServerSentEvent(message: JobEventMessage): string {
  const body = JSON.stringify({ type: message.type, timestamp: message.timestamp, data: message.data });
  return `id: ${message.id}\nevent: ${message.type}\ndata: ${body}\n\n`;
}

/**
 * A user's job events as Server-Sent Events: every event after `after` (a Last-Event-ID; by default
 * only what happens from now on), then each new one as it is written, in id order. The table is read
 * again on every wake-up (NOTIFY or in-process) and at each heartbeat, so a lost wake-up only delays.
 */
export async function openJobEventStream(userId: string, options: { after?: bigint; signal?: AbortSignal; heartbeatMs?: number } = {}) {
  const encoder = new TextEncoder();
  let lastId = options.after ?? (await latestJobEventId(userId));
  let closed = false;
  let draining: Promise<void> | undefined;
  let again = false;
  let unsubscribe = () => {};
  let heartbeat: ReturnType<typeof setInterval> | undefined;

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      // One read at a time; a wake-up during a read makes it read once more.
      const drain = () => {
        if (draining) return void (again = true);
        draining = (async () => {
          do {
            again = false;
            for (let page = await listJobEventsAfter(userId, lastId); page.length && !closed; page = await listJobEventsAfter(userId, lastId)) {
              for (const message of page) send(formatServerSentEvent(message));
              lastId = BigInt(page[page.length - 1].id);
            }
          } while (again && !closed);
        })()
          .catch((error) => console.error(`[events] stream read failed: ${(error as Error).message}`))
          .finally(() => (draining = undefined));
      };
      options.signal?.addEventListener("abort", close);
      send(`retry: 3000\n: connected\n\n`);
      unsubscribe = await subscribeJobEvents(userId, drain);
      heartbeat = setInterval(() => {
        send(": heartbeat\n\n");
        drain();
      }, options.heartbeatMs ?? HEARTBEAT_MS);
      drain();
    },
    cancel() {
      closed = true;
      unsubscribe();
      clearInterval(heartbeat);
    },
  });
}
