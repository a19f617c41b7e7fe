import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { created, withUser } from "@/lib/api/with-user";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { createWebhookSchema } from "@/lib/webhooks/webhook-schemas";

export const GET = withUser(async ({ user }) => ({ webhooks: await listWebhooks(user.id) }));

export const POST = withUser(async ({ req, user }) => created(await createWebhook(user.id, await parseJsonBody(req, createWebhookSchema))));

export const { PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET, POST });
