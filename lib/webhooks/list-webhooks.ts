import { getDb } from "@/lib/db/client";
import { webhookSelect } from "./webhook-view";

export async function listWebhooks(userId: string) {
  const db = await getDb();
  return db.webhook.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: webhookSelect });
}
