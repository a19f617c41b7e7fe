import { getDb } from "@/lib/db/client";
import type { JobEventMessage, JobEventType } from "./job-event-types";

/** The user's job events after `afterId`, oldest first (a stream's next page, a Last-Event-ID replay). */
export async function listJobEventsAfter(userId: string, afterId: bigint, limit = 100): Promise<JobEventMessage[]> {
  const db = await getDb();
  const rows = await db.jobEvent.findMany({ where: { userId, id: { gt: afterId } }, orderBy: { id: "asc" }, take: limit });
  return rows.map((row) => ({
    id: row.id.toString(),
    type: row.type as JobEventType,
    timestamp: row.createdAt.toISOString(),
    data: row.data as Record<string, unknown>,
  }));
}

/** The id a new stream starts after: its user's latest event, so it only sees what happens from now on. */
export async function latestJobEventId(userId: string): Promise<bigint> {
  const db = await getDb();
  const row = await db.jobEvent.findFirst({ where: { userId }, orderBy: { id: "desc" }, select: { id: true } });
  return row?.id ?? BigInt(0);
}
