import { EventEmitter } from "node:events";
import { getConfig } from "@/lib/config/env";

/**
 * Wakes the live streams of a user when one of their job events is written. The JobEvent table is the
 * truth; this only says "look again". In one process (PGlite) an in-process emitter is enough; on
 * PostgreSQL every process LISTENs on one channel, so an event written by any process wakes them all.
 */
export const JOB_EVENT_CHANNEL = "likeness_job_events";

interface Bus {
  emitter: EventEmitter;
  listening?: Promise<void>;
  client?: { end(): Promise<void> };
}

const globalForBus = globalThis as unknown as { likenessJobEventBus?: Bus };

function bus(): Bus {
  if (!globalForBus.likenessJobEventBus) {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    globalForBus.likenessJobEventBus = { emitter };
  }
  return globalForBus.likenessJobEventBus;
}

/** Starts (once) this process's LISTEN on PostgreSQL; a lost connection is retried by the next subscriber. */
function listenOnPostgres(url: string): Promise<void> {
  const state = bus();
  state.listening ??= (async () => {
    const { Client } = await import("pg");
    const client = new Client({ connectionString: url });
    const drop = () => {
      if (state.client === client) state.client = undefined;
      state.listening = undefined;
      client.end().catch(() => undefined);
    };
    client.on("error", drop);
    client.on("end", drop);
    client.on("notification", (message) => {
      if (message.channel === JOB_EVENT_CHANNEL && message.payload) state.emitter.emit(message.payload);
    });
    await client.connect();
    await client.query(`LISTEN ${JOB_EVENT_CHANNEL}`);
    state.client = client;
  })().catch((error) => {
    state.listening = undefined;
    console.error(`[events] cannot LISTEN for job events: ${(error as Error).message}`);
  });
  return state.listening;
}

/** Calls `wake` whenever an event of `userId` may have been written (by this process or, on PostgreSQL, any other). Returns the unsubscribe. */
export async function subscribeJobEvents(userId: string, wake: () => void): Promise<() => void> {
  const { DATABASE_URL } = getConfig();
  if (DATABASE_URL) await listenOnPostgres(DATABASE_URL);
  bus().emitter.on(userId, wake);
  return () => void bus().emitter.off(userId, wake);
}

/** Wakes this process's streams of `userId` (other processes hear the NOTIFY). */
export function wakeLocalJobEventListeners(userId: string) {
  bus().emitter.emit(userId);
}

/** Ends this process's LISTEN connection (tests, shutdown). */
export async function stopJobEventBus() {
  const state = globalForBus.likenessJobEventBus;
  if (!state) return;
  await state.listening;
  const client = state.client;
  state.client = undefined;
  state.listening = undefined;
  await client?.end().catch(() => undefined);
}
