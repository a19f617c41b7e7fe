import { inngest } from "@/inngest/client";
import { claimDueSchedules } from "@/lib/schedules/claim-due-schedules";
import { runClaimedSchedule } from "@/lib/schedules/run-claimed-schedule";

/**
 * Every minute: claims the project schedules that are due (each tick once, however many processes
 * tick) and runs each one's bulk action in the background lane, recording the run.
 */
export const runSchedules = inngest.createFunction(
  {
    id: "schedules-run",
    name: "Run due schedules",
    triggers: [{ cron: "* * * * *" }],
    retries: 2,
    concurrency: { limit: 1 },
  },
  async ({ step }) => {
    const claims = await step.run("claim-due", () => claimDueSchedules());
    for (const claim of claims) {
      await step.run(`run-${claim.scheduleId}-${claim.dueAt}`, () => runClaimedSchedule(claim.scheduleId, new Date(claim.dueAt)));
    }
    return { fired: claims.length };
  },
);
