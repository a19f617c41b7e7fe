import { getDatabase } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { enqueueWebhookDeliveries } from "@/lib/webhooks/enqueue-webhook-deliveries";
import { JOB_EVENT_CHANNEL, wakeLocalJobEventListeners } from "./job-event-bus";
import { isWebhookEventType, type JobEventMessage, type JobEventType } from "./job-event-types";

/**
 * Records a job event of `userId`: one JobEvent row (the live stream's truth and its SSE id), a wake-up
 * for the streams of every process, and, for a terminal event, a delivery job per subscribed webhook.
 * Never throws: the job state it reports is already written, and a lost event must not fail the job.
 */
export async function recordJobEvent(userId: string, type: JobEventType, data: Record<string, unknown>): Promise<JobEventMessage | undefined> {
  try {
    const database = await getDatabase();
    const row = await database.prisma.jobEvent.create({ data: { userId, type, data: data as Prisma.InputJsonValue } });
    if (database.kind === "postgres") await database.prisma.$executeRaw`SELECT pg_notify(${JOB_EVENT_CHANNEL}, ${userId})`;
    else wakeLocalJobEventListeners(userId);
    const message: JobEventMessage = { id: row.id.toString(), type, timestamp: row.createdAt.toISOString(), data };
    if (isWebhookEventType(type)) await enqueueWebhookDeliveries(userId, message);
    return message;
  } catch (error) {
    console.error(`[events] could not record ${type}: ${(error as Error).message}`);
    return undefined;
  }
}
