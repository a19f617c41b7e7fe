import { getDb } from "@/lib/db/client";
import type { PublicUser } from "@/lib/users/create-user";

/**
 * Browser sessions are JWTs that carry a UserSession id; a session is live while its row is neither
 * revoked nor expired and its user is not disabled. Sign-out revokes one, a password change all others.
 */
export async function createUserSession(userId: string, maxAgeMs: number): Promise<string> {
  const db = await getDb();
  const row = await db.userSession.create({ data: { userId, expiresAt: new Date(Date.now() + maxAgeMs) }, select: { id: true } });
  return row.id;
}

/** The user of a live session, in one indexed query; null for a revoked, expired, foreign or disabled one. */
export async function getLiveSessionUser(sessionId: string, userId: string): Promise<PublicUser | null> {
  const db = await getDb();
  const row = await db.userSession.findUnique({
    where: { id: sessionId },
    select: { userId: true, revokedAt: true, expiresAt: true, user: { select: { id: true, email: true, name: true, disabledAt: true } } },
  });
  if (!row || row.userId !== userId || row.revokedAt || row.expiresAt.getTime() <= Date.now() || row.user.disabledAt) return null;
  return { id: row.user.id, email: row.user.email, name: row.user.name };
}

export async function revokeUserSession(sessionId: string): Promise<void> {
  const db = await getDb();
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every session of the user but `keepSessionId` (the one changing the password). */
export async function revokeOtherUserSessions(userId: string, keepSessionId?: string): Promise<void> {
  const db = await getDb();
  await db.userSession.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  // Dead rows are kept only until they would have expired anyway.
  await db.userSession.deleteMany({ where: { userId, expiresAt: { lte: new Date() } } });
}
