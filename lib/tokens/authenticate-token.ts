import { getDb } from "@/lib/db/client";
import type { PublicUser } from "@/lib/users/create-user";
import { hashToken, TOKEN_PREFIX } from "./hash-token";

const LAST_USED_GRANULARITY_MS = 60_000;

/** The user behind a bearer token and the token's id, or null (also for a disabled account). Records last use at most once a minute. */
export async function authenticateToken(token: string): Promise<{ user: PublicUser; tokenId: string } | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const db = await getDb();
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true, disabledAt: true } } },
  });
  if (!row || row.user.disabledAt) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { user: { id: row.user.id, email: row.user.email, name: row.user.name }, tokenId: row.id };
}
