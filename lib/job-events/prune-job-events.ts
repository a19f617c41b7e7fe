import { getConfig } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";

/** Deletes job events older than JOB_EVENT_RETENTION_HOURS (a reconnect cannot replay further back). */
export async function pruneJobEvents(now = new Date()) {
  const db = await getDb();
  const before = new Date(now.getTime() - getConfig().JOB_EVENT_RETENTION_HOURS * 3_600_000);
  const { count } = await db.jobEvent.deleteMany({ where: { createdAt: { lt: before } } });
  return { deleted: count };
}
