import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { getWebhookOrThrow } from "@/lib/webhooks/get-webhook-or-throw";
import { updateWebhook } from "@/lib/webhooks/update-webhook";
import { updateWebhookSchema } from "@/lib/webhooks/webhook-schemas";

type Params = { webhookId: string };

export const GET = withUser<Params>(async ({ user, params }) => ({ webhook: await getWebhookOrThrow(user.id, params.webhookId) }));

export const PATCH = withUser<Params>(async ({ req, user, params }) => ({
  webhook: await updateWebhook(user.id, params.webhookId, await parseJsonBody(req, updateWebhookSchema)),
}));

export const DELETE = withUser<Params>(async ({ user, params }) => {
  await deleteWebhook(user.id, params.webhookId);
  return null;
});

export const { POST, PUT, OPTIONS } = refuseOtherMethods({ GET, PATCH, DELETE });
