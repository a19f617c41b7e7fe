import type { ClientOptions } from "inngest";
import { type Config, getConfig, type JobsMode } from "@/lib/config/env";
import { createEmbeddedFetch } from "@/lib/job-engine";
import { getEmbeddedDispatcher } from "./embedded-dispatcher";

const APP_ID = "likeness";
// Events never leave the process in embedded mode; this host only makes the SDK's URL valid.
const EMBEDDED_BASE_URL = "http://embedded.likeness.internal";

/** What the configured jobs mode (lib/config/env.ts reads it from the environment) means for this process. */
export interface JobsSetup {
  mode: JobsMode;
  /**
   * embedded: this process runs the functions. The embedded driver starts at boot (inngest/start-jobs.ts)
   * and /api/inngest stays shut (inngest/endpoint.ts). Otherwise an Inngest server calls /api/inngest.
   */
  embedded: boolean;
  /** dev and cloud: where the Inngest server is; undefined means the SDK's default (localhost:8288, Inngest Cloud). */
  serverUrl?: string;
  /** dev and cloud: the line logged once at boot. */
  serverLine?: string;
}

/**
 * Where the Inngest server is in dev and cloud modes: INNGEST_BASE_URL (a self-hosted `inngest start`),
 * else INNGEST_DEV when it holds a URL, else the SDK's default.
 */
function inngestServerUrl(config: Config): string | undefined {
  if (config.INNGEST_BASE_URL) return config.INNGEST_BASE_URL;
  if (config.jobsMode === "dev" && config.INNGEST_DEV && /^https?:\/\//.test(config.INNGEST_DEV)) return config.INNGEST_DEV;
  return undefined;
}

export function jobsSetup(config: Config = getConfig()): JobsSetup {
  if (config.jobsMode === "embedded") return { mode: "embedded", embedded: true };
  const serverUrl = inngestServerUrl(config);
  const serverLine = config.jobsMode === "dev" ? `[jobs] Inngest dev server at ${serverUrl ?? "http://localhost:8288"}` : `[jobs] Inngest ${serverUrl ? `server at ${serverUrl}` : "Cloud"}`;
  return { mode: config.jobsMode, embedded: false, serverUrl, serverLine };
}

/** The settings of the app's one Inngest client (inngest/client.ts) for the configured jobs mode. */
export function inngestClientOptions(config: Config = getConfig()): ClientOptions {
  const { mode, serverUrl } = jobsSetup(config);
  if (mode === "dev") return { id: APP_ID, isDev: true, baseUrl: serverUrl };
  if (mode === "cloud") return { id: APP_ID, isDev: false, eventKey: config.INNGEST_EVENT_KEY, signingKey: config.INNGEST_SIGNING_KEY, baseUrl: serverUrl };
  return {
    id: APP_ID,
    // Dev mode in the SDK means no signing key is needed; /api/inngest refuses outside calls instead.
    isDev: true,
    baseUrl: EMBEDDED_BASE_URL,
    // Inngest 4's checkpointing (its default): one call of the serve handler runs step after step, each
    // handed through `fetch` to the driver (which saves them behind it), instead of one call per step.
    checkpointing: true,
    // Sends land in the driver that inngest/start-jobs.ts registered for this process.
    fetch: createEmbeddedFetch(getEmbeddedDispatcher),
  };
}
