import { z } from "zod";
import { bulkRequestSchema } from "@/lib/avatars/bulk/bulk-schemas";
import { avatarExportQuerySchema } from "@/lib/avatars/bulk/export-avatars-zip";
import { createScheduleSchema, updateScheduleSchema } from "@/lib/schedules/schedule-schemas";
import { noContent } from "../common-schemas";
import type { ApiArea } from "../operation";

const schedule = z.looseObject({
  id: z.string(),
  cron: z.string(),
  timezone: z.string(),
  action: z.string(),
  enabled: z.boolean(),
  nextRunAt: z.string().nullable(),
  lastRunAt: z.string().nullable(),
  lastResult: z.unknown(),
});

export const schedulesArea: ApiArea = {
  tag: "Bulk and schedules",
  description: "One action on many personas at once, and recurring fills on a cron pattern.",
  operations: [
    {
      method: "post",
      path: "/api/v1/projects/{projectId}/avatars/bulk",
      summary: "Run an action on many personas",
      body: bulkRequestSchema,
      bodyExample: { action: "generate-base", avatarIds: "all-missing-base" },
      responses: { 202: { description: "What was queued or done, and what was skipped with why", schema: z.object({ accepted: z.array(z.string()), skipped: z.array(z.object({ id: z.string(), reason: z.string() })) }) } },
    },
    {
      method: "get",
      path: "/api/v1/projects/{projectId}/avatars/export",
      summary: "Export chosen personas as a ZIP",
      query: avatarExportQuerySchema,
      responses: { 200: { description: "A ZIP laid out like a batch export", contentType: "application/zip" } },
    },
    { method: "get", path: "/api/v1/projects/{projectId}/schedules", summary: "List a project's schedules", responses: { 200: { description: "Its schedules", schema: z.object({ schedules: z.array(schedule) }) } } },
    {
      method: "post",
      path: "/api/v1/projects/{projectId}/schedules",
      summary: "Create a schedule",
      body: createScheduleSchema,
      bodyExample: { cron: "0 2 * * *", timezone: "Europe/Berlin", action: "generate-base" },
      responses: { 201: { description: "The schedule", schema: z.object({ schedule }) } },
    },
    { method: "get", path: "/api/v1/schedules/{scheduleId}", summary: "Get a schedule", responses: { 200: { description: "The schedule", schema: z.object({ schedule }) } } },
    { method: "patch", path: "/api/v1/schedules/{scheduleId}", summary: "Change a schedule", body: updateScheduleSchema, responses: { 200: { description: "The schedule", schema: z.object({ schedule }) } } },
    { method: "delete", path: "/api/v1/schedules/{scheduleId}", summary: "Delete a schedule", responses: { 204: noContent } },
  ],
};
