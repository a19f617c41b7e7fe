import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

export async function revokeApiToken(userId: string, tokenId: string) {
  const db = await getDb();
  const { count } = await db.apiToken.deleteMany({ where: { id: tokenId, userId } });
  if (count === 0) throw new NotFoundError("Token");
}
