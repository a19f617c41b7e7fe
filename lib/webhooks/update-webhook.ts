import { getDb } from "@/lib/db/client";
import { assertWebhookUrl } from "./assert-webhook-url";
import { getWebhookOrThrow } from "./get-webhook-or-throw";
import type { UpdateWebhookInput } from "./webhook-schemas";
import { webhookSelect } from "./webhook-view";

/** Changes the URL, the events or the switch. Switching it on clears why the app had switched it off. */
export async function updateWebhook(userId: string, webhookId: string, input: UpdateWebhookInput) {
  await getWebhookOrThrow(userId, webhookId);
  const url = input.url === undefined ? undefined : await assertWebhookUrl(input.url);
  const db = await getDb();
  return db.webhook.update({
    where: { id: webhookId, userId },
    data: {
      url,
      events: input.events,
      enabled: input.enabled,
      ...(input.enabled === true ? { disabledReason: null, failingSince: null } : {}),
      ...(input.enabled === false ? { disabledReason: null } : {}),
    },
    select: webhookSelect,
  });
}
