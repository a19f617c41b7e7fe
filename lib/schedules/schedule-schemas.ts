import { z } from "zod";
import { cronPatternProblem, isKnownTimezone } from "./schedule-timing";

/** What a schedule runs: the bulk action on every persona of the project it concerns. */
export const SCHEDULE_ACTIONS = ["generate-base", "training-set"] as const;
export type ScheduleAction = (typeof SCHEDULE_ACTIONS)[number];

const cronSchema = z
  .string({ error: "cron is required" })
  .trim()
  .min(1, "cron is required")
  .max(100, "cron must be at most 100 characters")
  .superRefine((cron, ctx) => {
    const problem = cronPatternProblem(cron);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const timezoneSchema = z
  .string({ error: "timezone must be a text" })
  .trim()
  .min(1, "timezone is required")
  .max(64, "timezone must be at most 64 characters")
  .refine(isKnownTimezone, { message: "Not a known time zone: use an IANA name such as Europe/Paris or UTC" });

const actionSchema = z.enum(SCHEDULE_ACTIONS, { error: `action must be one of: ${SCHEDULE_ACTIONS.join(", ")}` });

/** POST /api/v1/projects/:projectId/schedules and the Schedules tab's form. */
export const createScheduleSchema = z
  .object({
    cron: cronSchema,
    timezone: timezoneSchema.default("UTC"),
    action: actionSchema,
    enabled: z.boolean({ error: "enabled must be true or false" }).default(true),
  })
  .strict();

/** PATCH /api/v1/schedules/:id: any of the fields, at least one. */
export const updateScheduleSchema = z
  .object({
    cron: cronSchema.optional(),
    timezone: timezoneSchema.optional(),
    action: actionSchema.optional(),
    enabled: z.boolean({ error: "enabled must be true or false" }).optional(),
  })
  .strict()
  .refine((input) => Object.values(input).some((value) => value !== undefined), { message: "Nothing to change: send cron, timezone, action or enabled" });

export type CreateScheduleInput = z.infer<typeof createScheduleSchema>;
export type UpdateScheduleInput = z.infer<typeof updateScheduleSchema>;
