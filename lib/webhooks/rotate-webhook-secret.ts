import { getDb } from "@/lib/db/client";
import { getWebhookOrThrow } from "./get-webhook-or-throw";
import { newWebhookSecret } from "./new-webhook-secret";

/** A new signing secret, returned this once; every attempt from now on (retries too) is signed with it. */
export async function rotateWebhookSecret(userId: string, webhookId: string) {
  await getWebhookOrThrow(userId, webhookId);
  const secret = newWebhookSecret();
  const db = await getDb();
  await db.webhook.update({ where: { id: webhookId, userId }, data: { secret } });
  return { secret };
}
