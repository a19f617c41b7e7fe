import { getDb } from "@/lib/db/client";
import { assertWebhookUrl } from "./assert-webhook-url";
import { newWebhookSecret } from "./new-webhook-secret";
import type { CreateWebhookInput } from "./webhook-schemas";
import { webhookSelect } from "./webhook-view";

/** Registers an endpoint; its signing secret is returned this once (and after each rotation). */
export async function createWebhook(userId: string, input: CreateWebhookInput) {
  const url = await assertWebhookUrl(input.url);
  const secret = newWebhookSecret();
  const db = await getDb();
  const webhook = await db.webhook.create({ data: { userId, url, events: input.events, secret }, select: webhookSelect });
  return { webhook, secret };
}
