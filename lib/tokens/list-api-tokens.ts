import { getDb } from "@/lib/db/client";

export async function listApiTokens(userId: string) {
  const db = await getDb();
  return db.apiToken.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
  });
}
