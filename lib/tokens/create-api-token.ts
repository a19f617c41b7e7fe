import { getDb } from "@/lib/db/client";
import { hashToken, newToken } from "./hash-token";

/** Creates a personal API token. The secret is returned once and only its hash is kept. */
export async function createApiToken(userId: string, name: string) {
  const db = await getDb();
  const token = newToken();
  const row = await db.apiToken.create({
    data: { userId, name, tokenHash: hashToken(token), prefix: token.slice(0, 10) },
    select: { id: true, name: true, prefix: true, createdAt: true },
  });
  return { ...row, token };
}
