import { getDb } from "@/lib/db/client";
import { getSeedStateOrThrow } from "./get-seed-state-or-throw";

/** An avatar's usage history, newest first, with who did it (null = the system, e.g. a batch). */
export async function listUsageEvents(ownerId: string, avatarId: string, limit = 200) {
  await getSeedStateOrThrow(ownerId, avatarId);
  const db = await getDb();
  const events = await db.usageEvent.findMany({
    where: { avatarId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, type: true, details: true, createdAt: true, actorId: true },
  });
  const actorIds = [...new Set(events.map((event) => event.actorId).filter((id): id is string => Boolean(id)))];
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true, name: true } });
  return events.map((event) => {
    const actor = actors.find((user) => user.id === event.actorId);
    return { ...event, actor: actor ? { id: actor.id, name: actor.name ?? actor.email } : null };
  });
}
