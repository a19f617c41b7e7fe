import { Inngest } from "inngest";
import { inngestClientOptions } from "./jobs-mode";

/**
 * The app's one Inngest client. Define functions with `inngest.createFunction` in
 * inngest/functions/<name>.ts and trigger them with `sendEvent` from inngest/send-event.ts.
 */
export const inngest = new Inngest(inngestClientOptions());
