import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

export type UsageEventType =
  | "created"
  | "updated"
  | "uploaded"
  | "generated"
  | "generation_failed"
  | "version_selected"
  | "approved"
  | "rejected"
  | "unlocked"
  | "used_as_reference"
  | "exported";

/** Appends to an avatar's usage history (who did what, when). */
export async function recordUsage(avatarId: string, type: UsageEventType, actorId: string | null, details?: Record<string, unknown>) {
  const db = await getDb();
  await db.usageEvent.create({ data: { avatarId, type, actorId, details: (details ?? undefined) as Prisma.InputJsonValue | undefined } });
}
