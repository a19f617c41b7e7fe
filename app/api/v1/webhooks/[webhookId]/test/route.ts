import { accepted, withUser } from "@/lib/api/with-user";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";

export const POST = withUser<{ webhookId: string }>(async ({ user, params }) => accepted(await sendTestWebhook(user.id, params.webhookId)));
