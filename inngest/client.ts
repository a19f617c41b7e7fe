import { type ClientOptions, Inngest } from "inngest";
import { type Config, getConfig } from "@/lib/config/env";
import { createEmbeddedFetch } from "@/lib/jobs/embedded-fetch";
import { resolveInngestUrl } from "@/lib/jobs/resolve-inngest-url";

// Events never leave the process in embedded mode; this host only makes the SDK's URL valid.
const EMBEDDED_BASE_URL = "http://embedded.likeness.internal";

/** The client's settings for the configured jobs mode (exported for tests). */
export function inngestClientOptions(config: Config): ClientOptions {
  const baseUrl = resolveInngestUrl(config);
  if (config.jobsMode === "dev") return { id: "likeness", isDev: true, baseUrl };
  if (config.jobsMode === "cloud") {
    return { id: "likeness", isDev: false, eventKey: config.INNGEST_EVENT_KEY, signingKey: config.INNGEST_SIGNING_KEY, baseUrl };
  }
  return {
    id: "likeness",
    // Dev mode in the SDK means no signing key is needed; app/api/inngest refuses outside calls instead.
    isDev: true,
    baseUrl: EMBEDDED_BASE_URL,
    checkpointing: false,
    // Sends land in the embedded driver. Imported lazily: the driver imports the functions, which import this client.
    fetch: createEmbeddedFetch(async () => (await import("@/lib/jobs/start-embedded-driver")).getEmbeddedDriver()),
  };
}

/**
 * The app's one Inngest client. Define functions with `inngest.createFunction` in
 * inngest/functions/<name>.ts and trigger them with `sendEvent` from lib/jobs/send-event.
 */
export const inngest = new Inngest(inngestClientOptions(getConfig()));
