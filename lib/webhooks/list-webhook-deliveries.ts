import { getDb } from "@/lib/db/client";
import { getWebhookOrThrow } from "./get-webhook-or-throw";
import { webhookDeliverySelect } from "./webhook-view";

/** The delivery log, newest first (the last 100 attempts are kept). */
export async function listWebhookDeliveries(userId: string, webhookId: string) {
  await getWebhookOrThrow(userId, webhookId);
  const db = await getDb();
  return db.webhookDelivery.findMany({ where: { webhookId }, orderBy: [{ createdAt: "desc" }, { attempt: "desc" }], take: 100, select: webhookDeliverySelect });
}
