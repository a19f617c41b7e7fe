import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { webhookSelect } from "./webhook-view";

/** The webhook if it belongs to `userId`; another user's reads exactly like a missing one. */
export async function getWebhookOrThrow(userId: string, webhookId: string) {
  const db = await getDb();
  const webhook = await db.webhook.findFirst({ where: { id: webhookId, userId }, select: webhookSelect });
  if (!webhook) throw new NotFoundError("Webhook");
  return webhook;
}
