import { inngest } from "@/inngest/client";
import { pruneJobEvents } from "@/lib/job-events/prune-job-events";

/** Hourly: live job events past their retention go (a reconnect replays at most that far back). */
export const pruneJobEventsHourly = inngest.createFunction(
  { id: "job-events-prune", name: "Prune live job events", triggers: [{ cron: "17 * * * *" }], retries: 2 },
  async ({ step }) => step.run("prune", () => pruneJobEvents()),
);
