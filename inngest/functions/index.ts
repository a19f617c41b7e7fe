import type { InngestFunction } from "inngest";
import { deliverWebhook } from "./deliver-webhook";
import { pruneJobEventsHourly } from "./prune-job-events";
import { runBatch } from "./run-batch";
import { runBatchPersona } from "./run-batch-persona";
import { runGeneration } from "./run-generation";
import { runProviderCall } from "./run-provider-call";
import { runSchedules } from "./run-schedules";

/** Every function the app serves (app/api/inngest) and the embedded driver runs: one import per file in this folder. */
export const functions: InngestFunction.Any[] = [runGeneration, runProviderCall, runBatch, runBatchPersona, runSchedules, deliverWebhook, pruneJobEventsHourly];
