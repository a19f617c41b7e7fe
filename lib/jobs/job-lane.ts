import { z } from "zod";

/**
 * Which queue lane a job runs in: work a person just started and is waiting on (`interactive`) runs
 * ahead of work nobody is watching (`background`: batches, bulk actions, schedules) of the same user.
 */
export const JOB_LANES = ["interactive", "background"] as const;
export type JobLane = (typeof JOB_LANES)[number];
export const jobLaneSchema = z.enum(JOB_LANES);
